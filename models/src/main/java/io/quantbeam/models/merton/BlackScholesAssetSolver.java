package io.quantbeam.models.merton;

import io.quantbeam.models.math.NormalDistribution;

/**
 * Solves the Merton equity-as-call equation for the asset value V:
 *
 * <pre>E = V·N(d1) − K·N(d2),  K = F·e^{−rT},  d1 = ln(V/K)/s + s/2,  d2 = d1 − s,  s = σ·√T</pre>
 *
 * <p>Units are the caller's: r and σ per unit of time, T in the same unit (the Merton methods use
 * days or years); E, F, K and V share one currency. The equation depends on r, σ and T only
 * through K and s, so callers that solve many days pass those.
 *
 * <p>f(V) = V·N(d1) − K·N(d2) − E is increasing (f' = N(d1)) and convex, and the root lies in
 * [E, E + K] because max(V − K, 0) ≤ V·N(d1) − K·N(d2) ≤ V. The solver runs Newton's method
 * inside that bracket, shrinking it with the sign of f at every iterate: started right of the
 * root, Newton descends monotonically; from the left it overshoots once to the right. A step
 * that leaves the bracket (e.g. when N(d1) underflows) is replaced by bisection. It stops when
 * the next iterate is within {@link #RELATIVE_TOLERANCE} of the root: either the Newton step
 * itself is that small, or the quadratic-convergence bound on the error after the step,
 * (f''/2f')·step² with f''/f' = φ(d1)/(N(d1)·V·s) and φ/N bounded by 1.6 + max(−d1, 0), is
 * (with a factor 2 to spare).
 *
 * <p>Convergence is reported through {@link #converged()} and {@link #iterations()} of the last
 * call, so a solve allocates nothing. Not thread-safe: one instance per thread.
 */
public final class BlackScholesAssetSolver {

  /** Relative accuracy of the returned asset value. */
  public static final double RELATIVE_TOLERANCE = 1e-12;
  /** Iteration cap: far above what Newton with bisection fallback needs on valid inputs. */
  public static final int MAX_ITERATIONS = 200;

  private boolean converged;
  private double delta;
  private int iterations;

  /**
   * Solves for V given σ, T and r directly: K = F·e^{−rT}, s = σ·√T, starting from V0 = E + K.
   *
   * @param equity E &gt; 0
   * @param faceValueDebt F &gt; 0
   * @param rate r per unit of time, continuously compounded
   * @param volatility σ per square root of the unit of time, &ge; 0
   * @param maturity T &gt; 0 in the unit of time
   * @return V, or NaN for invalid inputs
   */
  public double solve(double equity, double faceValueDebt, double rate, double volatility, double maturity) {
    double discountedDebt = faceValueDebt * Math.exp(-rate * maturity);
    return solve(equity, discountedDebt, volatility * Math.sqrt(maturity), Double.NaN);
  }

  /**
   * Solves for V.
   *
   * @param equity E &gt; 0
   * @param discountedDebt K = F·e^{−rT} &gt; 0
   * @param totalVolatility s = σ·√T &ge; 0 (s = 0 gives V = E + K)
   * @param start first iterate; outside (E, E + K] or NaN means E + K
   * @return the asset value V, or NaN for invalid inputs; when {@link #converged()} is false the
   *     best iterate found
   */
  public double solve(double equity, double discountedDebt, double totalVolatility, double start) {
    iterations = 0;
    converged = false;
    if (!(equity > 0 && discountedDebt > 0 && totalVolatility >= 0)
        || Double.isInfinite(equity) || Double.isInfinite(discountedDebt) || Double.isInfinite(totalVolatility)) {
      return Double.NaN;
    }
    double lo = equity;
    double hi = equity + discountedDebt;
    if (totalVolatility == 0) {
      converged = true;
      return hi;
    }
    double s = totalVolatility;
    double halfS = 0.5 * s;
    double v = start > lo && start <= hi ? start : hi;
    while (iterations < MAX_ITERATIONS) {
      iterations++;
      double d1 = Math.log(v / discountedDebt) / s + halfS;
      double n1 = NormalDistribution.cdf(d1);
      delta = n1;
      double f = v * n1 - discountedDebt * NormalDistribution.cdf(d1 - s) - equity;
      if (f > 0) {
        hi = v;
      } else if (f < 0) {
        lo = v;
      } else {
        converged = true;
        return v;
      }
      double step = f / n1;
      double relativeStep = step / v;
      double millsBound = 1.6 + Math.max(-d1, 0);
      if (Math.abs(relativeStep) <= RELATIVE_TOLERANCE
          || relativeStep * relativeStep * millsBound <= RELATIVE_TOLERANCE * s) {
        converged = true;
        return Math.min(Math.max(v - step, lo), hi);
      }
      double next = v - step;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
        if (hi - lo <= RELATIVE_TOLERANCE * lo) {
          converged = true;
          return next;
        }
      }
      v = next;
    }
    return v;
  }

  /** Whether the last {@link #solve} reached {@link #RELATIVE_TOLERANCE}. */
  public boolean converged() {
    return converged;
  }

  /**
   * N(d1) at the last iterate of the last {@link #solve}: the equity delta ∂E/∂V, so 1/delta
   * is ∂V/∂E, which turns a solution into a first-order guess for a nearby equity value.
   */
  public double delta() {
    return delta;
  }

  /** Evaluations of f spent by the last {@link #solve}. */
  public int iterations() {
    return iterations;
  }

  /** The equity value V·N(d1) − K·N(d2) of asset value V: the left side of the equation solved. */
  public static double equityValue(double assetValue, double discountedDebt, double totalVolatility) {
    if (totalVolatility == 0) {
      return Math.max(assetValue - discountedDebt, 0);
    }
    double d1 = Math.log(assetValue / discountedDebt) / totalVolatility + 0.5 * totalVolatility;
    return assetValue * NormalDistribution.cdf(d1) - discountedDebt * NormalDistribution.cdf(d1 - totalVolatility);
  }
}
