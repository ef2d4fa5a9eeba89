package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;
import static io.quantbeam.models.merton.MertonWindow.levered;

/**
 * The asset-volatility fixed point of the ITERATIVE method (Vassalou &amp; Xing 2004) on one
 * 252-row window, in annual units (T = h years, r continuously compounded per year, σ_V per
 * √year).
 *
 * <p>Each round solves every levered day's asset value with the current σ_V (unlevered days take
 * V = E), then re-estimates σ_V as the sample standard deviation (ddof 1) of the 251 daily log
 * returns of V, ×√252; it stops when σ_V moves by less than the tolerance. The results describe
 * the last round: the σ_V its solves used, its asset values and the mean of its log returns.
 * Within a round each solve starts from the tangent of the previous day's solution, the first
 * day of a round from its value in the previous round; the start changes only the work.
 *
 * <p>Mutable scratch object, one per thread; {@link #run} allocates nothing.
 */
final class AssetVolatilityFixedPoint {

  private static final double SQRT_TRADING_DAYS = Math.sqrt(TRADING_DAYS_PER_YEAR);

  private final SequentialAssetSolver solver = new SequentialAssetSolver();
  private final double[] assetValue = new double[DAYS];
  private final double[] logReturn = new double[DAYS];
  private final double[] discountedDebt = new double[DAYS];

  private double volatility;
  private double meanLogReturn;
  private int rounds;
  private int solves;
  private boolean converged;

  /**
   * Runs the fixed point on rows last − 251 … last.
   *
   * @param annualRate continuously compounded annual risk-free rate per row, ln(1 + yield)
   * @param horizon T in years
   * @param startVolatility the first round's σ_V, annual
   * @param tolerance stop when |σ_V' − σ_V| is below this
   * @param maxRounds give up (converged = false) after this many rounds
   */
  void run(FirmHistory firm, double[] annualRate, int last, double horizon, double startVolatility, double tolerance,
      int maxRounds) {
    int first = last - DAYS + 1;
    double[] equity = firm.equityValue();
    double[] debt = firm.faceValueDebt();
    double sqrtHorizon = Math.sqrt(horizon);
    for (int i = 0; i < DAYS; i++) {
      int d = first + i;
      discountedDebt[i] = debt[d] * Math.exp(-annualRate[d] * horizon);
      assetValue[i] = levered(debt[d]) ? Double.NaN : equity[d];
    }
    double sigma = startVolatility;
    rounds = 0;
    solves = 0;
    converged = false;
    while (true) {
      rounds++;
      boolean solvesConverged = true;
      double totalVolatility = sigma * sqrtHorizon;
      solver.forget();
      for (int i = 0; i < DAYS; i++) {
        int d = first + i;
        if (levered(debt[d])) {
          assetValue[i] = solver.solve(equity[d], discountedDebt[i], totalVolatility, assetValue[i]);
          solvesConverged &= solver.converged();
          solves++;
        } else {
          solver.forget();
        }
      }
      MertonWindow.logReturns(assetValue, 0, DAYS, logReturn);
      double mean = MertonWindow.mean(logReturn, 1, DAYS);
      double next = Math.sqrt(MertonWindow.variance(logReturn, 1, DAYS, mean, 1)) * SQRT_TRADING_DAYS;
      volatility = sigma;
      meanLogReturn = mean;
      if (Math.abs(next - sigma) < tolerance) {
        converged = solvesConverged;
        return;
      }
      if (rounds >= maxRounds || !Double.isFinite(next)) {
        return;
      }
      sigma = next;
    }
  }

  /** σ_V (annual) that the last round's solves used. */
  double volatility() {
    return volatility;
  }

  /** Mean of the last round's 251 daily log returns of V (per day). */
  double meanLogReturn() {
    return meanLogReturn;
  }

  /** The last round's asset value of window row i (0 = first row, 251 = the estimation date). */
  double assetValue(int i) {
    return assetValue[i];
  }

  int rounds() {
    return rounds;
  }

  int solves() {
    return solves;
  }

  /** The fixed point met its tolerance within the round limit and every solve of the last round converged. */
  boolean converged() {
    return converged;
  }
}
