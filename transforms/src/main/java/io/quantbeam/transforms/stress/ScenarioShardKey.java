package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ScenarioRandom;

/**
 * Which shard a scenario read from a file belongs to: a hash of its id into
 * K = ⌈rows / shardSize⌉ shards. Ids may be any longs in any order over any files: hashing spreads
 * them evenly whatever their spacing (sparse, clustered, negative), so shards hold about
 * {@code shardSize} scenarios each (binomially: ±2·√shardSize), and every row of one id lands in
 * the same shard, where duplicates are found. The shard is a function of (id, K) only, never of the
 * file or the position in it, so any split of the same rows into files gives the same shards.
 */
public final class ScenarioShardKey {

  private ScenarioShardKey() {}

  /** K: the number of shards for {@code rows} rows of about {@code shardSize} each (at least 1). */
  public static int shardCount(long rows, int shardSize) {
    if (shardSize < 1) {
      throw new IllegalArgumentException("--shardSize must be >= 1, got " + shardSize);
    }
    long k = Math.max(1, (rows + shardSize - 1) / shardSize);
    if (k > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(rows + " rows in shards of " + shardSize + " make too many shards; raise --shardSize");
    }
    return (int) k;
  }

  /** The shard (0 … shards − 1) of scenario {@code id}: SplitMix64's finaliser of the id, reduced mod K. */
  public static int shardOf(long scenarioId, int shards) {
    return (int) Math.floorMod(ScenarioRandom.mix(scenarioId), (long) shards);
  }
}
