package io.quantbeam.models.stress;

/**
 * Counter-based uniform random numbers: draw k of scenario i under a seed is a pure function of
 * (seed, i, k), so a scenario can be generated on any worker, in any shard, any number of times,
 * and always come out the same.
 *
 * <p>Construction: the scenario's stream key is mix(mix(seed) + mix(i + γ)), and draw k is
 * mix(key + (k + 1)·γ) — SplitMix64's output function over a Weyl sequence (Steele, Lea, Flood
 * 2014), γ = 0x9E3779B97F4A7C15. The top 53 bits give a uniform in (0, 1), never 0 or 1:
 * u = (bits + 0.5)·2⁻⁵³.
 */
public final class ScenarioRandom {

  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

  private ScenarioRandom() {}

  /** The key of scenario {@code scenario}'s stream under {@code seed}. */
  public static long streamKey(long seed, long scenario) {
    return mix(mix(seed) + mix(scenario + GAMMA));
  }

  /** Draw {@code k} (0, 1, …) of the stream with key {@code streamKey}, uniform in (0, 1). */
  public static double uniform(long streamKey, int k) {
    long bits = mix(streamKey + (k + 1L) * GAMMA) >>> 11;
    return (bits + 0.5) * TWO_POW_MINUS_53;
  }

  /** SplitMix64's finaliser (a bijection of 64-bit words with full avalanche). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
