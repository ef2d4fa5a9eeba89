package io.quantbeam.models.merton;

/**
 * Solves consecutive days of one firm, starting each solve from the tangent of the previous
 * day's solution: the root is unique, so the start changes only the work, not the result.
 *
 * <p>In units of K = F·e^{−rT} the equation is scale free — V/K depends only on E/K and s — and
 * ∂(V/K)/∂(E/K) = 1/N(d1). V(E) is concave (the inverse of a convex increasing function), so
 * the tangent lies right of the root when s has not moved much, and Newton descends from there
 * monotonically; on ordinary daily data it needs one or two evaluations instead of three to
 * five from E + K.
 *
 * <p>Mutable scratch object, one per thread.
 */
final class SequentialAssetSolver {

  private final BlackScholesAssetSolver solver = new BlackScholesAssetSolver();
  private double assetRatio = Double.NaN;
  private double equityRatio;
  private double delta;

  /** Breaks the chain: the next solve has no previous day (a new sequence, or an unlevered day in between). */
  void forget() {
    assetRatio = Double.NaN;
  }

  /**
   * Solves one day (see {@link BlackScholesAssetSolver#solve(double, double, double, double)}),
   * started from the previous day's tangent, or from {@code fallbackStart} when there is none.
   */
  double solve(double equity, double discountedDebt, double totalVolatility, double fallbackStart) {
    double guess = discountedDebt * (assetRatio + (equity / discountedDebt - equityRatio) / delta);
    double v = solver.solve(equity, discountedDebt, totalVolatility, Double.isNaN(guess) ? fallbackStart : guess);
    assetRatio = v / discountedDebt;
    equityRatio = equity / discountedDebt;
    delta = solver.delta();
    return v;
  }

  /** Whether the last solve converged. */
  boolean converged() {
    return solver.converged();
  }
}
