package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;

/**
 * σ_E of the ITERATIVE and NAIVE methods: the sample standard deviation (ddof 1) of the 251 daily
 * log returns of equity value in the window of 252 rows ending at the estimation date, ×√252.
 * Scratch object, one per thread.
 */
final class EquityVolatility {

  private final double[] logReturn = new double[DAYS];

  double annual(double[] equity, int last) {
    int first = last - DAYS + 1;
    for (int i = 1; i < DAYS; i++) {
      logReturn[i] = Math.log(equity[first + i] / equity[first + i - 1]);
    }
    double mean = MertonWindow.mean(logReturn, 1, DAYS);
    return Math.sqrt(MertonWindow.variance(logReturn, 1, DAYS, mean, 1) * TRADING_DAYS_PER_YEAR);
  }
}
