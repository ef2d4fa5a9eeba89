package io.quantbeam.models.stress;

/**
 * A small deterministic random stream for generating sample data: the same seed gives the same
 * sequence on every JVM (SplitMix64 over a counter; see {@link ScenarioRandom}). Not thread-safe.
 */
public final class SeededRandom {

  private final long key;
  private int counter;

  public SeededRandom(long seed, long stream) {
    this.key = ScenarioRandom.streamKey(seed, stream);
  }

  /** Uniform in (0, 1). */
  public double nextDouble() {
    return ScenarioRandom.uniform(key, counter++);
  }

  /** Uniform in (low, high). */
  public double uniform(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /** Uniform integer in [0, bound). */
  public int nextInt(int bound) {
    return (int) Math.min(bound - 1, Math.floor(nextDouble() * bound));
  }

  public boolean chance(double probability) {
    return nextDouble() < probability;
  }

  public <T> T pick(T[] options) {
    return options[nextInt(options.length)];
  }
}
