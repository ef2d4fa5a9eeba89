package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import io.quantbeam.transforms.stress.PnlHistogram;
import io.quantbeam.transforms.stress.ShardScenarios;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of the {@code stress} pipeline; see specs/stress.md. Without inputs it runs the built-in sample. */
public interface StressOptions extends QuantbeamOptions, OutputOptions {

  @Description("Portfolio file(s): a path or glob, local or s3://, CSV (.csv, .csv.gz) or Parquet (.parquet), "
      + "with position_id,book,type,currency and the fields of each type.")
  String getPortfolio();

  void setPortfolio(String value);

  @Description("Market JSON: {\"baseCurrency\": \"USD\", \"factors\": {\"RATE_USD_1Y\": 0.031, …}}.")
  String getMarket();

  void setMarket(String value);

  @Description("Scenarios: a file glob (CSV or Parquet with scenario_id and one column per shocked factor), "
      + "or a count N to generate N scenarios from --covariance.")
  String getScenarios();

  void setScenarios(String value);

  @Description("Factor covariance CSV (header of factor ids, one row per factor) for generated scenarios.")
  String getCovariance();

  void setCovariance(String value);

  @Description("Historical simulation: a history of daily factor levels (CSV or Parquet: column date, yyyy-mm-dd, "
      + "and one column per factor id); scenarios are the factor changes over --horizonDays, applied to --market. "
      + "Instead of --scenarios.")
  String getHistory();

  void setHistory(String value);

  /**
   * Unset = 1. No @Default: stress-generate's --horizonDays (the covariance horizon) defaults to 10,
   * and Beam refuses one property with two defaults once both options are registered in a JVM.
   */
  @Description("Historical simulation: horizon in trading days (rows of the history); windows overlap when > 1. "
      + "Default 1.")
  Integer getHorizonDays();

  void setHorizonDays(Integer value);

  @Description("Historical simulation: first horizon end date to use (yyyy-mm-dd), e.g. 2008-09-01.")
  String getFrom();

  void setFrom(String value);

  @Description("Historical simulation: last horizon end date to use (yyyy-mm-dd), e.g. 2009-03-31.")
  String getTo();

  void setTo(String value);

  @Description("Seed of generated scenarios: scenario i's shocks depend only on (seed, i).")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);

  @Description("Scenarios per shard (one Beam element): large enough that runner overhead per scenario is small.")
  @Default.Integer(ShardScenarios.DEFAULT_SHARD_SIZE)
  int getShardSize();

  void setShardSize(int value);

  @Description("VaR confidence levels, comma separated, exact decimals (m = ceil((1 - level) * N)).")
  @Default.String("0.95,0.99")
  String getConfidence();

  void setConfidence(String value);

  @Description("Expected shortfall confidence levels, comma separated.")
  @Default.String("0.975")
  String getEsConfidence();

  void setEsConfidence(String value);

  @Description("Dead-letter invalid positions and carry on (they are listed in the report) instead of stopping "
      + "before any scenario is evaluated.")
  @Default.Boolean(false)
  boolean getSkipInvalidPositions();

  void setSkipInvalidPositions(boolean value);

  @Description("Bins of the P&L histogram (equal width between the exact minimum and maximum).")
  @Default.Integer(PnlHistogram.DEFAULT_BINS)
  int getHistogramBins();

  void setHistogramBins(int value);

  @Description("Built-in sample (when no input is given): number of positions.")
  @Default.Integer(1000)
  int getSamplePositions();

  void setSamplePositions(int value);

  @Description("Built-in sample: number of generated scenarios.")
  @Default.Long(100_000L)
  long getSampleScenarios();

  void setSampleScenarios(long value);
}
