package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.RETURNS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;
import static io.quantbeam.models.merton.MertonWindow.levered;

import io.quantbeam.models.math.SlidingWindowVariance;

/**
 * The TRAILING_WINDOW method of specs/merton.md (the published Lambda study's algorithm), in
 * daily units: T = 252·h days, r_t = (1 + risk-free rate)^(1/365) − 1, σ(t) the population
 * standard deviation of the 251 log returns of V_{t−252} … V_{t−1}.
 *
 * <p>Day 252 runs the study's first step (all of days 0 … 252 re-solved until σ(252) moves by
 * less than 1e−3, at most 10 rounds); every later day is one solve with σ(t), which is kept as
 * a sliding window over the log returns of the asset values already solved.
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
  private final BlackScholesAssetSolver solver = new BlackScholesAssetSolver();
  private final SlidingWindowVariance window = new SlidingWindowVariance();
  private final TangentStart start = new TangentStart();
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
      dailyRate[t] = Math.pow(1 + rate[t], 1 / DAYS_PER_YEAR_FOR_RATE) - 1;
    }
    ResultColumns out = new ResultColumns(n * horizons.length);
    for (int k = 0; k < horizons.length; k++) {
      estimateHorizon(firm, k, out);
    }
    return out.build(firm.firmId(), MertonMethod.TRAILING_WINDOW);
  }

  private void estimateHorizon(FirmHistory firm, int horizonIndex, ResultColumns out) {
    int n = firm.size();
    int rowStride = horizons.length;
    double horizon = horizons[horizonIndex];
    double maturity = TRADING_DAYS_PER_YEAR * horizon;
    double sqrtMaturity = Math.sqrt(maturity);
    long[] day = firm.epochDays();
    double[] equity = firm.equityValue();
    double[] debt = firm.faceValueDebt();
    double[] v = assetValue;
    System.arraycopy(equity, 0, v, 0, n);

    // First step: days 0..252 share one sigma, iterated to a fixed point of sigma(252).
    double sigma = windowVolatility(v, FIRST_STEP_DAY);
    int rounds = 0;
    boolean fixedPointConverged = true;
    if (levered(debt[FIRST_STEP_DAY])) {
      while (true) {
        rounds++;
        double totalVolatility = sigma * sqrtMaturity;
        start.forget();
        for (int s = 0; s <= FIRST_STEP_DAY; s++) {
          if (levered(debt[s])) {
            double discountedDebt = debt[s] * Math.exp(-dailyRate[s] * maturity);
            v[s] = solve(equity[s], discountedDebt, totalVolatility, s == 0 ? v[0] : Double.NaN);
            firstStepSolveConverged[s] = solver.converged();
          } else {
            start.forget();
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
      out.set(s * rowStride + horizonIndex, day[s], horizon, v[s], sigma * ANNUALISE_VOLATILITY, dd,
          solved ? rounds : 0, fixedPointConverged && (!solved || firstStepSolveConverged[s]));
    }

    // Later days: one solve each with sigma(t) from the sliding window of returns s = t-251..t-1.
    MertonWindow.logReturns(v, 0, FIRST_STEP_DAY + 1, logReturn);
    int from = FIRST_STEP_DAY + 1 - RETURNS;
    window.reset(logReturn, from, FIRST_STEP_DAY + 1);
    start.forget();
    for (int t = FIRST_STEP_DAY + 1; t < n; t++) {
      sigma = Math.sqrt(window.populationVariance());
      boolean ok = true;
      int solves = 0;
      if (levered(debt[t])) {
        double discountedDebt = debt[t] * Math.exp(-dailyRate[t] * maturity);
        v[t] = solve(equity[t], discountedDebt, sigma * sqrtMaturity, Double.NaN);
        ok = solver.converged();
        solves = 1;
      } else {
        v[t] = equity[t];
        start.forget();
      }
      double dd = MertonWindow.distanceToDefault(v[t], debt[t], dailyRate[t], sigma, maturity);
      out.set(t * rowStride + horizonIndex, day[t], horizon, v[t], sigma * ANNUALISE_VOLATILITY, dd, solves, ok);
      logReturn[t] = Math.log(v[t] / v[t - 1]);
      if (t + 1 < n) {
        window.advance(logReturn, from, t);
        from++;
      }
    }
  }

  /**
   * One solve, started from the tangent of the previous day's solution when there is one, else
   * from {@code fallbackStart}: the root is unique, so the start changes only the work.
   */
  private double solve(double equity, double discountedDebt, double totalVolatility, double fallbackStart) {
    double guess = start.guess(equity, discountedDebt);
    double v = solver.solve(equity, discountedDebt, totalVolatility, Double.isNaN(guess) ? fallbackStart : guess);
    start.remember(equity, discountedDebt, v, solver.delta());
    return v;
  }

  /**
   * First-order start for the next day's solve. In units of K the equation is scale free:
   * V/K depends only on E/K and s, with ∂(V/K)/∂(E/K) = 1/N(d1). V(E) is concave (the inverse
   * of a convex increasing function), so the tangent lies right of the root when s has not
   * moved much, and Newton descends from there monotonically.
   */
  private static final class TangentStart {
    private double assetRatio = Double.NaN;
    private double equityRatio;
    private double delta;

    void forget() {
      assetRatio = Double.NaN;
    }

    void remember(double equity, double discountedDebt, double assetValue, double equityDelta) {
      assetRatio = assetValue / discountedDebt;
      equityRatio = equity / discountedDebt;
      delta = equityDelta;
    }

    /** NaN when there is no previous solution. */
    double guess(double equity, double discountedDebt) {
      return discountedDebt * (assetRatio + (equity / discountedDebt - equityRatio) / delta);
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
