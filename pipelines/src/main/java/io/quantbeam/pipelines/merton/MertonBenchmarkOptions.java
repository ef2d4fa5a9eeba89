package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code merton-benchmark}. */
public interface MertonBenchmarkOptions extends QuantbeamOptions {

  @Description("Firms in the generated data set.")
  @Default.Integer(2000)
  int getFirms();

  void setFirms(int value);

  @Description("Years of daily data per firm.")
  @Default.Integer(10)
  int getYears();

  void setYears(int value);

  @Description("Folder for the generated input and the results (local or s3://).")
  @Default.String("/tmp/quantbeam-merton-benchmark")
  String getWorkDir();

  void setWorkDir(String value);

  @Description("Firms in the model-only measurement (held in memory).")
  @Default.Integer(500)
  int getModelFirms();

  void setModelFirms(int value);
}
