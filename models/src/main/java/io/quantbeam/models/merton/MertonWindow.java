package io.quantbeam.models.merton;

import io.quantbeam.models.math.NormalDistribution;

/** Conventions every Merton method shares (specs/merton.md). */
final class MertonWindow {

  /** Rows in an estimation window: one trading year. */
  static final int DAYS = 252;
  /** Daily log returns inside a window of {@link #DAYS} rows. */
  static final int RETURNS = DAYS - 1;
  /** Trading days per year: annualises daily volatility (×√252) and daily mean returns (×252). */
  static final double TRADING_DAYS_PER_YEAR = 252;
  /** A face value of debt at or below this is no debt: the firm is unlevered that day. */
  static final double UNLEVERED_DEBT = 1e-10;

  private MertonWindow() {}

  static boolean levered(double faceValueDebt) {
    return faceValueDebt > UNLEVERED_DEBT;
  }

  /**
   * out[i] = ln(values[i] / values[i − 1]) for i in [from + 1, to): the log returns of the values
   * in [from, to), stored at the index of the later value.
   */
  static void logReturns(double[] values, int from, int to, double[] out) {
    for (int i = from + 1; i < to; i++) {
      out[i] = Math.log(values[i] / values[i - 1]);
    }
  }

  static double mean(double[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += x[i];
    }
    return sum / (to - from);
  }

  /** Two-pass variance of x[from, to) around its mean, divided by (n − ddof). */
  static double variance(double[] x, int from, int to, double mean, int ddof) {
    double sum = 0;
    double squares = 0;
    for (int i = from; i < to; i++) {
      double d = x[i] - mean;
      sum += d;
      squares += d * d;
    }
    int n = to - from;
    // The correction term removes the rounding left in the mean (corrected two-pass algorithm).
    return Math.max(squares - sum * sum / n, 0) / (n - ddof);
  }

  /**
   * Distance to default (ln(V/F) + (μ − σ²/2)·T) / (σ·√T) in any consistent units; NaN when the
   * firm is unlevered (F ≤ {@link #UNLEVERED_DEBT}).
   */
  static double distanceToDefault(double assetValue, double faceValueDebt, double drift, double volatility, double maturity) {
    if (!levered(faceValueDebt)) {
      return Double.NaN;
    }
    return (Math.log(assetValue / faceValueDebt) + (drift - 0.5 * volatility * volatility) * maturity)
        / (volatility * Math.sqrt(maturity));
  }

  /** N(−DD); 0 for an unlevered day (DD NaN). */
  static double defaultProbability(double distanceToDefault) {
    return Double.isNaN(distanceToDefault) ? 0 : NormalDistribution.cdf(-distanceToDefault);
  }
}
