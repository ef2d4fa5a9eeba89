package io.quantbeam.models.merton;

import java.util.Arrays;
import java.util.Objects;

/**
 * What to estimate: the method, the horizons in years (each &gt; 0, e.g. 1, 2, 3, 4, 5), which
 * dates (ITERATIVE and NAIVE only) and which drift (ITERATIVE and NAIVE only).
 */
public record MertonSettings(MertonMethod method, double[] horizonsYears, Estimation estimation, Drift drift)
    implements java.io.Serializable {

  public MertonSettings {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(estimation, "estimation");
    Objects.requireNonNull(drift, "drift");
    if (horizonsYears == null || horizonsYears.length == 0) {
      throw new IllegalArgumentException("at least one horizon is required");
    }
    horizonsYears = horizonsYears.clone();
    for (double h : horizonsYears) {
      if (!(h > 0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("horizons must be finite and > 0 years, got " + h);
      }
    }
  }

  /** The study's defaults: TRAILING_WINDOW, horizons 1–5 years, daily, empirical drift. */
  public static MertonSettings defaults() {
    return new MertonSettings(MertonMethod.TRAILING_WINDOW, new double[] {1, 2, 3, 4, 5}, Estimation.DAILY, Drift.EMPIRICAL);
  }

  @Override
  public double[] horizonsYears() {
    return horizonsYears.clone();
  }

  public int horizonCount() {
    return horizonsYears.length;
  }

  public double horizonYears(int index) {
    return horizonsYears[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MertonSettings s && method == s.method && estimation == s.estimation && drift == s.drift
        && Arrays.equals(horizonsYears, s.horizonsYears);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, estimation, drift, Arrays.hashCode(horizonsYears));
  }

  @Override
  public String toString() {
    return "MertonSettings[" + method + ", horizons=" + Arrays.toString(horizonsYears) + ", " + estimation + ", " + drift + "]";
  }
}
