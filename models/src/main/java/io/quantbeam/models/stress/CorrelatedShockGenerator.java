package io.quantbeam.models.stress;

/**
 * Draws joint normal shock vectors with a given covariance: x = L·z, where L is the Cholesky factor
 * of the covariance (computed once) and z holds independent standard normals
 * z_k = Φ⁻¹(u_k), u_k = {@link ScenarioRandom#uniform}(key(seed, i), k), in factor order.
 *
 * <p>Scenario i's shocks therefore depend only on (seed, i, covariance): never on the block it is
 * generated in, the worker, the runner or a retry. Shock units are those of each factor's kind
 * (additive decimals for rates, spreads, volatilities; relative for equities and FX), over the
 * horizon the covariance was estimated for.
 */
public final class CorrelatedShockGenerator {

  private final ScenarioLayout layout;
  private final CholeskyFactor cholesky;
  private final long seed;

  public CorrelatedShockGenerator(ScenarioLayout layout, double[][] covariance, long seed) {
    this.layout = layout;
    this.cholesky = CholeskyFactor.of(covariance, layout.factorIds());
    this.seed = seed;
  }

  public ScenarioLayout layout() {
    return layout;
  }

  /** Scenario {@code scenario}'s shocks into {@code out}; {@code z} is scratch of the same length. */
  public void shocks(long scenario, double[] z, double[] out) {
    long key = ScenarioRandom.streamKey(seed, scenario);
    for (int k = 0; k < z.length; k++) {
      z[k] = NormalQuantile.of(ScenarioRandom.uniform(key, k));
    }
    cholesky.multiply(z, out);
  }

  /**
   * Scenarios {@code first … first + count − 1}, checked like any scenario row (a relative shock
   * ≤ −1, possible only with absurd volatilities, is rejected rather than priced).
   */
  public ShockBlock.Builder generate(long first, int count) {
    ShockBlock.Builder builder = new ShockBlock.Builder(layout, count);
    double[] z = new double[layout.size()];
    double[] row = new double[layout.size()];
    for (int i = 0; i < count; i++) {
      shocks(first + i, z, row);
      builder.add(first + i, row);
    }
    return builder;
  }
}
