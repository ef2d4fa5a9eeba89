package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.RETURNS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;
import static io.quantbeam.models.merton.MertonWindow.levered;

import io.quantbeam.models.math.SlidingWindowVariance;

/**
 * The TRAILING_WINDOW method of specs/merton.md (the published Lambda study's algorithm), in
 * daily units: T = 252·h days, r_t = (1 + risk-free rate)^(1/365) − 1, σ(t) the population
 * standard deviation of the 251 log returns of V_{t−252} … V_{t−1}. Each horizon is estimated
 * separately, starting from V = E.
 *
 * <p>Day 252 runs the study's first step: days 0 … 252 are all solved with one σ, re-solved until
 * σ(252) moves by less than 1e−3 (at most 10 rounds, else those rows report converged = false),
 * and they all report the σ their last solves used. If day 252 itself is unlevered the first step
 * is skipped as in the study: days 0 … 252 keep V = E and report σ(252) of those values, without
 * a solve. Every later day is one solve with σ(t), kept as a sliding window over the log returns
 * of the asset values already solved.
 *
 * <p>Scratch buffers grow to the longest firm seen; the per-day loop allocates nothing.
 */
final class TrailingWindowMethod {

  /** Index of the first step's day: the first day with a full window before it. */
  private static final int FIRST_STEP_DAY = DAYS;
  private static final int MAX_FIRST_STEP_ROUNDS = 10;
  private static final double FIRST_STEP_TOLERANCE = 1e-3;
  private static final double DAYS_PER_YEAR_FOR_RATE = 365;
  private static final double ANNUALISE_VOLATILITY = Math.sqrt(TRADING_DAYS_PER_YEAR);

  private final double[] horizons;
  private final SequentialAssetSolver solver = new SequentialAssetSolver();
  private final SlidingWindowVariance window = new SlidingWindowVariance();
  private final boolean[] firstStepSolveConverged = new boolean[FIRST_STEP_DAY + 1];
  private double[] assetValue = new double[0];
  private double[] logReturn = new double[0];
  private double[] dailyRate = new double[0];

  TrailingWindowMethod(double[] horizonsYears) {
    this.horizons = horizonsYears.clone();
  }

  MertonResult estimate(FirmHistory firm) {
    int n = firm.size();
    if (n <= DAYS) {
      return MertonResult.insufficientHistory(firm.firmId(), MertonMethod.TRAILING_WINDOW);
    }
    ensureCapacity(n);
    double[] rate = firm.riskFreeRate();
    for (int t = 0; t < n; t++) {
      // Yields often repeat from one day to the next: reuse the last pow, a sizeable cost per day.
      dailyRate[t] = t > 0 && rate[t] == rate[t - 1] ? dailyRate[t - 1] : Math.pow(1 + rate[t], 1 / DAYS_PER_YEAR_FOR_RATE) - 1;
    }
    ResultColumns out = new ResultColumns(n * horizons.length);
    for (int k = 0; k < horizons.length; k++) {
      System.arraycopy(firm.equityValue(), 0, assetValue, 0, n);
      firstStep(firm, k, out);
      laterDays(firm, k, out);
    }
    return out.build(firm.firmId(), MertonMethod.TRAILING_WINDOW);
  }

  /** Days 0 … 252: one σ, iterated to a fixed point of σ(252); writes their rows. */
  private void firstStep(FirmHistory firm, int horizonIndex, ResultColumns out) {
    double horizon = horizons[horizonIndex];
    double maturity = TRADING_DAYS_PER_YEAR * horizon;
    double sqrtMaturity = Math.sqrt(maturity);
    double[] equity = firm.equityValue();
    double[] debt = firm.faceValueDebt();
    double[] v = assetValue;
    double sigma = windowVolatility(v, FIRST_STEP_DAY);
    int rounds = 0;
    boolean fixedPointConverged = true;
    if (levered(debt[FIRST_STEP_DAY])) {
      while (true) {
        rounds++;
        double totalVolatility = sigma * sqrtMaturity;
        solver.forget();
        for (int s = 0; s <= FIRST_STEP_DAY; s++) {
          if (levered(debt[s])) {
            double discountedDebt = debt[s] * Math.exp(-dailyRate[s] * maturity);
            v[s] = solver.solve(equity[s], discountedDebt, totalVolatility, v[s]);
            firstStepSolveConverged[s] = solver.converged();
          } else {
            solver.forget();
          }
        }
        double next = windowVolatility(v, FIRST_STEP_DAY);
        if (Math.abs(next - sigma) < FIRST_STEP_TOLERANCE) {
          break;
        }
        if (rounds == MAX_FIRST_STEP_ROUNDS) {
          fixedPointConverged = false;
          break;
        }
        sigma = next;
      }
    }
    for (int s = 0; s <= FIRST_STEP_DAY; s++) {
      boolean solved = rounds > 0 && levered(debt[s]);
      double dd = MertonWindow.distanceToDefault(v[s], debt[s], dailyRate[s], sigma, maturity);
      out.set(s * horizons.length + horizonIndex, firm.epochDays()[s], horizon, v[s], sigma * ANNUALISE_VOLATILITY, dd,
          solved ? rounds : 0, fixedPointConverged && (!solved || firstStepSolveConverged[s]));
    }
  }

  /** Days 253 … n − 1: one solve each with σ(t) from the sliding window of returns t − 251 … t − 1. */
  private void laterDays(FirmHistory firm, int horizonIndex, ResultColumns out) {
    int n = firm.size();
    double horizon = horizons[horizonIndex];
    double maturity = TRADING_DAYS_PER_YEAR * horizon;
    double sqrtMaturity = Math.sqrt(maturity);
    double[] equity = firm.equityValue();
    double[] debt = firm.faceValueDebt();
    double[] v = assetValue;
    MertonWindow.logReturns(v, 0, FIRST_STEP_DAY + 1, logReturn);
    int from = FIRST_STEP_DAY + 1 - RETURNS;
    window.reset(logReturn, from, FIRST_STEP_DAY + 1);
    solver.forget();
    for (int t = FIRST_STEP_DAY + 1; t < n; t++) {
      double sigma = Math.sqrt(window.populationVariance());
      boolean ok = true;
      int solves = 0;
      if (levered(debt[t])) {
        double discountedDebt = debt[t] * Math.exp(-dailyRate[t] * maturity);
        v[t] = solver.solve(equity[t], discountedDebt, sigma * sqrtMaturity, Double.NaN);
        ok = solver.converged();
        solves = 1;
      } else {
        v[t] = equity[t];
        solver.forget();
      }
      double dd = MertonWindow.distanceToDefault(v[t], debt[t], dailyRate[t], sigma, maturity);
      out.set(t * horizons.length + horizonIndex, firm.epochDays()[t], horizon, v[t], sigma * ANNUALISE_VOLATILITY, dd,
          solves, ok);
      logReturn[t] = Math.log(v[t] / v[t - 1]);
      if (t + 1 < n) {
        window.advance(logReturn, from, t);
        from++;
      }
    }
  }

  /** σ(t): population standard deviation of the log returns of v[t−252 … t−1] (day t excluded). */
  private double windowVolatility(double[] v, int t) {
    MertonWindow.logReturns(v, t - DAYS, t, logReturn);
    int from = t - RETURNS;
    double mean = MertonWindow.mean(logReturn, from, t);
    return Math.sqrt(MertonWindow.variance(logReturn, from, t, mean, 0));
  }

  private void ensureCapacity(int n) {
    if (assetValue.length < n) {
      int capacity = Math.max(n, assetValue.length * 3 / 2);
      assetValue = new double[capacity];
      logReturn = new double[capacity];
      dailyRate = new double[capacity];
    }
  }
}
