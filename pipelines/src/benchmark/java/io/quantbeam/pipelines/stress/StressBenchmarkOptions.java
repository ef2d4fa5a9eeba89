package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code stress-benchmark}. */
public interface StressBenchmarkOptions extends QuantbeamOptions, OutputOptions {

  @Description("Scenarios: generated in one run, read from files with sparse ids in the other.")
  @Default.Long(1_000_000L)
  long getScenarioCount();

  void setScenarioCount(long value);

  @Description("Positions of the sample portfolio.")
  @Default.Integer(1000)
  int getPositions();

  void setPositions(int value);

  @Description("Number of scenario files the sparse-id scenarios are spread over.")
  @Default.Integer(8)
  int getScenarioFiles();

  void setScenarioFiles(int value);

  @Description("Scenarios per shard in both runs.")
  @Default.Integer(4000)
  int getShardSize();

  void setShardSize(int value);

  @Description("Seed of the market, portfolio and scenarios.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
