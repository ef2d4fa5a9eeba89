package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code forest-generate}. */
public interface ForestGenerateOptions extends QuantbeamOptions, OutputOptions {

  @Description("How many symbols to generate (NSE tickers first, then STK0031, STK0032, …). Ignored with --symbolNames.")
  @Default.Integer(10)
  int getSymbols();

  void setSymbols(int value);

  @Description("Comma-separated symbol names to generate instead of --symbols.")
  String getSymbolNames();

  void setSymbolNames(String value);

  @Description("Business days (Monday to Friday) of 09:15–15:30 sessions per symbol, 375 one-minute bars each.")
  @Default.Integer(20)
  int getDays();

  void setDays(int value);

  @Description("First day (ISO date); a weekend starts on the next Monday.")
  @Default.String("2024-01-01")
  String getStartDate();

  void setStartDate(String value);

  @Description("Price tick: open, high, low and close are multiples of it.")
  @Default.Double(0.05)
  double getTickSize();

  void setTickSize(double value);

  @Description("Seed: the same seed gives the same bars on any runner.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
