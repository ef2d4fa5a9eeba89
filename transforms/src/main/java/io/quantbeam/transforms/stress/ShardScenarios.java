package io.quantbeam.transforms.stress;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Splits scenario indices 0 … N − 1 into shards of {@code shardSize} (the last may be shorter).
 * A shard is one Beam element, so the runner's cost per element is paid once per thousands of
 * scenarios, not per scenario. The shards are a bounded source that runners split over their
 * workers (Direct: one split per worker thread; Flink and Spark: one per slot); no shuffle is
 * needed, and none is wanted: the Direct runner would turn every shard into a bundle of its own,
 * paying its per-bundle cost in every downstream step.
 */
public final class ShardScenarios extends PTransform<PBegin, PCollection<ScenarioRange>> {

  /** The default shard: large enough that runner overhead is small, small enough to balance 2–100s of workers. */
  public static final int DEFAULT_SHARD_SIZE = 4000;

  private final long scenarios;
  private final int shardSize;

  public ShardScenarios(long scenarios, int shardSize) {
    if (scenarios < 1) {
      throw new IllegalArgumentException("the number of scenarios must be >= 1, got " + scenarios);
    }
    if (shardSize < 1) {
      throw new IllegalArgumentException("--shardSize must be >= 1, got " + shardSize);
    }
    this.scenarios = scenarios;
    this.shardSize = shardSize;
  }

  /** The shards, in index order. */
  public static List<ScenarioRange> ranges(long scenarios, int shardSize) {
    List<ScenarioRange> ranges = new ArrayList<>();
    for (long first = 0; first < scenarios; first += shardSize) {
      ranges.add(new ScenarioRange(first, (int) Math.min(shardSize, scenarios - first)));
    }
    return ranges;
  }

  @Override
  public PCollection<ScenarioRange> expand(PBegin begin) {
    return begin.apply("Ranges", Create.of(ranges(scenarios, shardSize)).withCoder(StressCoders.scenarioRange()));
  }
}
