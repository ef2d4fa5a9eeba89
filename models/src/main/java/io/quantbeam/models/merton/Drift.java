package io.quantbeam.models.merton;

/** The drift μ used in the distance to default of the ITERATIVE and NAIVE methods. */
public enum Drift {
  /** μ estimated from the window (asset log returns for ITERATIVE, equity return for NAIVE). */
  EMPIRICAL,
  /** μ = the risk-free rate of the estimation date. */
  RISK_FREE
}
