package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.options.InputOptions;
import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of the {@code merton} pipeline; see specs/merton.md. */
public interface MertonOptions extends QuantbeamOptions, InputOptions, OutputOptions {

  @Description("Estimation method: trailing_window (the published study's algorithm), iterative "
      + "(Vassalou & Xing / Bharath & Shumway fixed point) or naive (Bharath & Shumway closed form).")
  @Default.String("trailing_window")
  String getMethod();

  void setMethod(String value);

  @Description("Horizons in years, comma separated, e.g. 1,2,3,4,5.")
  @Default.String("1,2,3,4,5")
  String getHorizons();

  void setHorizons(String value);

  @Description("Estimation dates for iterative and naive: daily, or monthly (each firm's last row in each month).")
  @Default.String("daily")
  String getEstimation();

  void setEstimation(String value);

  @Description("Drift in the distance to default for iterative and naive: empirical or riskfree.")
  @Default.String("empirical")
  String getDrift();

  void setDrift(String value);

  @Description("Optional file (CSV or Parquet, local or s3://) of risk-free rates with columns date and rate "
      + "(or risk_free_rate, DGS1), annual decimal yields; rows without a rate take the rate of their date.")
  String getRiskFreeRates();

  void setRiskFreeRates(String value);

  @Description("Output layout: long (one row per firm, date and horizon, the spec's table) or wide (one row per "
      + "firm and date, columns per horizon: asset_value_1 … as the published study's Va_1 …).")
  @Default.String("long")
  String getLayout();

  void setLayout(String value);

  @Description("How many groups firms are spread over for assembly and estimation (each group is one unit of "
      + "work holding its firms' rows in memory). 0: four per worker thread, or one per ~200,000 input rows "
      + "(estimated from the files' sizes) if that is more.")
  @Default.Integer(0)
  int getFirmShards();

  void setFirmShards(int value);

  @Description("Where firm ids come from: column (firm_id, permno or gvkey), fileName (one file per firm named by "
      + "the firm, e.g. 10001.csv, as in the published study), or auto: the file name when the firm column is absent "
      + "and the header's first name is empty (pandas' unnamed date index) or date.")
  @Default.String("auto")
  String getFirmIdFrom();

  void setFirmIdFrom(String value);

  @Description("Firms in the built-in sample (used when --input is not given).")
  @Default.Integer(300)
  int getSampleFirms();

  void setSampleFirms(int value);

  @Description("Years of daily data per firm in the built-in sample.")
  @Default.Integer(4)
  int getSampleYears();

  void setSampleYears(int value);
}
