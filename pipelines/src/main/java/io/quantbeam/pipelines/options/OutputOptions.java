package io.quantbeam.pipelines.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where a pipeline writes. A rerun overwrites the same outputs. */
public interface OutputOptions extends PipelineOptions {

  @Description("Output folder, local or s3:// (results, report, and dead-letter/ for rejected input). "
      + "Default: ./out/<pipeline>.")
  String getOutput();

  void setOutput(String value);

  @Description("Output format of the result rows: parquet or csv.")
  @Default.String("parquet")
  String getOutputFormat();

  void setOutputFormat(String value);
}
