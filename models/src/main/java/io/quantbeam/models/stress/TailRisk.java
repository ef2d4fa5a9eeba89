package io.quantbeam.models.stress;

import java.io.Serializable;

/**
 * Value at risk and expected shortfall of N scenarios at level α, with m = ⌈(1 − α)·N⌉ (exact
 * decimal): VaR = the m-th largest loss, ES = the mean of the m largest losses (exact sum). Losses
 * are positive numbers for losses, in base currency. NaN for both when N = 0.
 */
public record TailRisk(ConfidenceLevel level, long tailCount, double valueAtRisk, double expectedShortfall)
    implements Serializable {

  /**
   * @param largest the largest losses, largest first; must hold at least m of them
   */
  public static TailRisk of(TopLosses.Ranked largest, long scenarios, ConfidenceLevel level) {
    long m = level.tailCount(scenarios);
    if (m == 0) {
      return new TailRisk(level, 0, Double.NaN, Double.NaN);
    }
    if (m > largest.size()) {
      throw new IllegalStateException("VaR at " + level.text() + " over " + scenarios + " scenarios needs the " + m
          + " largest losses, but only " + largest.size() + " were kept");
    }
    ExactSum sum = new ExactSum();
    double[] losses = largest.losses();
    for (int i = 0; i < m; i++) {
      sum.add(losses[i]);
    }
    return new TailRisk(level, m, losses[(int) m - 1], sum.divide(m));
  }
}
