package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code stress-generate}. */
public interface StressGenerateOptions extends QuantbeamOptions, OutputOptions {

  @Description("Number of positions in the portfolio (equities, bonds, options, cash; five currencies; six books).")
  @Default.Integer(1000)
  int getPositions();

  void setPositions(int value);

  /** Unset = {@link #DEFAULT_HORIZON_DAYS}; no @Default, as stress's own --horizonDays has another default. */
  int DEFAULT_HORIZON_DAYS = 10;

  @Description("Horizon of the covariance in days (daily covariance × days): 1 for daily, 10 for 10-day VaR. "
      + "Default 10.")
  Integer getHorizonDays();

  void setHorizonDays(Integer value);

  @Description("Also write history.csv: this many business days of daily levels of every factor (with a crisis "
      + "period in the middle), for historical simulation (stress --history). 0 = none; 1040 is about four years.")
  @Default.Integer(0)
  int getHistoryDays();

  void setHistoryDays(int value);

  @Description("First date of the history written with --historyDays (yyyy-mm-dd).")
  @Default.String("2019-01-02")
  String getHistoryStart();

  void setHistoryStart(String value);

  @Description("Seed: the same seed gives the same market, portfolio and covariance on any runner.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
