package io.quantbeam.pipelines.merton;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code merton-benchmark}: the data set is sized like {@code merton-generate}'s (--firms, --years). */
public interface MertonBenchmarkOptions extends MertonGenerateOptions {

  @Description("Folder for the generated input and the results (local or s3://).")
  @Default.String("/tmp/quantbeam-merton-benchmark")
  String getWorkDir();

  void setWorkDir(String value);

  @Description("Format of the generated input the end-to-end run reads: parquet or csv.")
  @Default.String("parquet")
  String getBenchmarkInputFormat();

  void setBenchmarkInputFormat(String value);

  @Description("Read the generated input as one file (as a database export is) rather than one per generator shard.")
  @Default.Boolean(false)
  boolean getOneFile();

  void setOneFile(boolean value);

  @Description("Output layout of the end-to-end run: long or wide.")
  @Default.String("long")
  String getLayout();

  void setLayout(String value);

  @Description("Firms in the model-only measurement (held in memory).")
  @Default.Integer(500)
  int getModelFirms();

  void setModelFirms(int value);
}
