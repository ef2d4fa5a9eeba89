package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.RETURNS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;

import io.quantbeam.models.math.SlidingWindowVariance;

/**
 * σ_E of the ITERATIVE and NAIVE methods: the sample standard deviation (ddof 1) of the 251 daily
 * log returns of equity value in the window of 252 rows ending at the estimation date, ×√252.
 *
 * <p>The firm's log returns are taken once; the window then slides from one estimation date to
 * the next in O(1) per day. Scratch object, one per thread.
 */
final class EquityVolatility {

  private final SlidingWindowVariance window = new SlidingWindowVariance();
  private double[] logReturn = new double[0];
  /** Estimation date of the current window, −1 before the first. */
  private int current = -1;

  /** Starts a firm: its equity values of rows 0 … n − 1. */
  void reset(double[] equity, int n) {
    if (logReturn.length < n) {
      logReturn = new double[n];
    }
    MertonWindow.logReturns(equity, 0, n, logReturn);
    current = -1;
  }

  /**
   * σ_E (annual) of the window ending at row t ≥ 251 (a t below the last one restarts). The
   * window always starts at row 251 and slides one day at a time, so a date's σ_E is the same
   * bit for bit whichever dates are estimated (daily or monthly).
   */
  double annual(int t) {
    if (current < 0 || t < current) {
      current = DAYS - 1;
      // Returns of rows 1 … 251: ln(E_i / E_{i−1}) over the window rows 0 … 251.
      window.reset(logReturn, current - RETURNS + 1, current + 1);
    }
    for (; current < t; current++) {
      window.advance(logReturn, current - RETURNS + 1, current + 1);
    }
    return Math.sqrt(window.sampleVariance() * TRADING_DAYS_PER_YEAR);
  }
}
