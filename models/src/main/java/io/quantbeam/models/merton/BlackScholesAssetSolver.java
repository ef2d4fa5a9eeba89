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
 * root, Newton descends monotonically; from the left it overshoots once to the right (a step
 * past E + K tries E + K itself, the root when N(d1) rounds to 1). A step that leaves the
 * bracket otherwise (e.g. when N(d1) underflows) is replaced by bisection.
 *
 * <p>It stops as soon as the error after the current step is provably below
 * {@link #RELATIVE_TOLERANCE} (relative), so that one evaluation of f often suffices from a
 * good start. With δ the Newton step relative to V, g = V·f''/f' = φ(d1)/(N(d1)·s) and
 * φ/N ≤ B = 1.6 + max(−d1, 0) (a Mills-ratio bound):
 *
 * <ul>
 *   <li>the Newton iterate's error is ½·g·δ² + O(δ³): accepted when δ²·B/s ≤ tolerance;
 *   <li>otherwise the second-order iterate V − step − ½·g·δ·step (one density evaluation) has
 *       error (½g² − h/6)·δ³ + O(δ⁴), h = V²f'''/f' = −g·(d1/s + 1): accepted when
 *       |δ|³·(B/s)·(B/s + |d1|/s + 1) ≤ tolerance.
 * </ul>
 *
 * Both bounds keep a factor of at least 2 in hand. Against 35-digit roots the result is within
 * 3e−13 relative over leverage F/E 0.01–50 and s from 0.005 to 4.5.
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
    boolean upperEvaluated = false;
    while (iterations < MAX_ITERATIONS) {
      iterations++;
      double d1 = Math.log(v / discountedDebt) / s + halfS;
      double n1 = NormalDistribution.cdf(d1);
      delta = n1;
      double f = v * n1 - discountedDebt * NormalDistribution.cdf(d1 - s) - equity;
      if (f > 0) {
        hi = v;
        upperEvaluated = true;
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
      double curvatureBound = millsBound / s;
      double stepCubed = Math.abs(relativeStep * relativeStep * relativeStep);
      if (stepCubed * curvatureBound * (curvatureBound + Math.abs(d1) / s + 1) <= RELATIVE_TOLERANCE) {
        double curvature = NormalDistribution.density(d1) / (n1 * s);
        converged = true;
        return Math.min(Math.max(v - step - 0.5 * curvature * relativeStep * step, lo), hi);
      }
      double next = v - step;
      if (next >= hi && !upperEvaluated) {
        next = hi; // a step from the left past E + K: try that bound itself, the root when N(d1) = 1
      } else if (!(next > lo && next < hi)) {
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
