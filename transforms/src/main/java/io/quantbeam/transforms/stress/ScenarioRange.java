package io.quantbeam.transforms.stress;

/** A shard of generated scenarios: indices {@code first … first + count − 1}. */
public record ScenarioRange(long first, int count) {

  public ScenarioRange {
    if (first < 0 || count < 1) {
      throw new IllegalArgumentException("a scenario range needs first >= 0 and count >= 1, got " + first + ", " + count);
    }
  }
}
