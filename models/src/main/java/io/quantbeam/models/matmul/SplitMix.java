package io.quantbeam.models.matmul;

/**
 * Counter-based random numbers from the SplitMix64 finaliser: the value for a counter depends only on
 * the key and the counter, so any element of any block is computable independently and identically
 * on every machine.
 */
final class SplitMix {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private SplitMix() {}

  /** A stream key derived from a parent key and an index. */
  static long key(long parent, long index) {
    return mix(mix(parent) + (index + 1) * GOLDEN_GAMMA);
  }

  /** The 64 random bits at position {@code counter} of the stream {@code key}. */
  static long bits(long key, long counter) {
    return mix(key + (counter + 1) * GOLDEN_GAMMA);
  }

  /** The top 53 bits of {@code bits} as a double uniform on [0, 1). */
  static double unit(long bits) {
    return (bits >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
