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

  @Description("Horizon of the covariance in days (daily covariance × days): 1 for daily, 10 for 10-day VaR.")
  @Default.Integer(10)
  int getHorizonDays();

  void setHorizonDays(int value);

  @Description("Seed: the same seed gives the same market, portfolio and covariance on any runner.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
