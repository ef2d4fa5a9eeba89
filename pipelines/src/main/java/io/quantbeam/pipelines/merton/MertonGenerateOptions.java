package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code merton-generate}. */
public interface MertonGenerateOptions extends QuantbeamOptions, OutputOptions {

  @Description("How many firms to generate.")
  @Default.Integer(1000)
  int getFirms();

  void setFirms(int value);

  @Description("Years of daily data per firm (252 trading days a year, weekdays from 2015-01-02).")
  @Default.Integer(4)
  int getYears();

  void setYears(int value);

  @Description("Make an unbalanced panel like CRSP's: each firm listed for one spell of the --years calendar, "
      + "from a quarter to the whole calendar (a quarter plus an exponential with mean 10.4 years); "
      + "--firms=24000 --years=30 --panel gives about 61 million firm-days, the published study's workload. "
      + "Without it every firm has every day.")
  @Default.Boolean(false)
  boolean getPanel();

  void setPanel(boolean value);

  @Description("Seed: the same seed gives the same data on any runner.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
