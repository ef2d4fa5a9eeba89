package io.quantbeam.models.forest;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out here so that every random draw — a
 * tree's bootstrap and feature draws, the synthetic bars — is fixed by its seed on every JVM and
 * can be reproduced outside Java.
 *
 * <p>{@code nextLong}: {@code state += 0x9E3779B97F4A7C15}; {@code z = state};
 * {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9}; {@code z = (z ^ (z >>> 27)) * 0x94D049BB133111EB};
 * return {@code z ^ (z >>> 31)}. {@code nextInt(bound)}: {@code r = nextLong() >>> 1},
 * {@code v = r % bound}, redrawn while {@code r - v + bound - 1} overflows (so every value is
 * equally likely). {@code nextDouble}: {@code (nextLong() >>> 11) * 2^-53}.
 *
 * <p>Not thread-safe; one per stream.
 */
public final class SplitMix64 {

  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in {@code [0, bound)}; {@code bound >= 1}. */
  public int nextInt(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be >= 1, got " + bound);
    }
    long r = nextLong() >>> 1;
    long v = r % bound;
    while (r - v + (bound - 1) < 0) {
      r = nextLong() >>> 1;
      v = r % bound;
    }
    return (int) v;
  }

  /** Uniform in {@code [0, 1)}. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1p-53;
  }

  /** Standard normal, by Marsaglia's polar method (the second value of each pair is discarded). */
  public double nextGaussian() {
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
  }
}
