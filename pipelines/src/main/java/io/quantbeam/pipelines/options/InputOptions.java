package io.quantbeam.pipelines.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where a pipeline's main input lives. */
public interface InputOptions extends PipelineOptions {

  @Description("Input files: a path or glob, local or s3:// (e.g. s3://bucket/firms/*.parquet). "
      + "Without it the pipeline runs on its built-in sample.")
  String getInput();

  void setInput(String value);

  @Description("Input format: csv, parquet, or auto (from each file's extension: .csv, .csv.gz, .parquet).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);
}
