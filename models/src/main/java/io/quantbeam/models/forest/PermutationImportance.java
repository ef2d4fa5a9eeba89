package io.quantbeam.models.forest;


/**
 * Permutation importance of each feature on scored rows: how much the price-scale MSE of the
 * forest's forecasts rises when that feature's column is shuffled (one fixed permutation per
 * feature, drawn from {@code seed}, the symbol and the feature index, so the result is the same
 * on every run with the same seed). In squared price units; 0 or below means the model does not
 * use the feature on these rows.
 *
 * <p>A forest made of sub-forests is scored as the pipeline scores it: the mean of the
 * sub-forests' mean predictions, summed in sub-forest order; {@link #add} takes the sub-forests
 * one at a time in that order, so the unshuffled MSE equals the reported test MSE bit for bit.
 */
public final class PermutationImportance {

  private final FeatureMatrix rows;
  private final PriceRows prices;
  private final ForecastTarget target;
  /** Per feature, the rows with that feature's column shuffled. */
  private final FeatureMatrix[] shuffled;
  private final double[] base;
  private final double[][] permuted;
  private int parts;

  /**
   * @param rows the scored rows (test rows of the final model)
   * @param prices their current and next TYPPRICE
   * @param target what the forest predicts
   */
  public PermutationImportance(FeatureMatrix rows, PriceRows prices, ForecastTarget target, long seed, String symbol) {
    if (prices.rows() != rows.rows()) {
      throw new IllegalArgumentException(prices.rows() + " price rows for " + rows.rows() + " rows");
    }
    this.rows = rows;
    this.prices = prices;
    this.target = target;
    int n = rows.rows();
    int features = rows.featureCount();
    shuffled = new FeatureMatrix[features];
    for (int f = 0; f < features; f++) {
      int[] permutation = permutation(n, new SplitMix64(TreeSeeds.firstLong(TreeSeeds.sha256(
          seed + "|" + symbol + "|permutation|" + f))));
      double[] columns = rows.columns.clone();
      for (int r = 0; r < n; r++) {
        columns[f * n + r] = rows.columns[f * n + permutation[r]];
      }
      shuffled[f] = new FeatureMatrix(rows.featureNames(), columns, rows.targets);
    }
    base = new double[n];
    permuted = new double[features][n];
  }

  /** A uniform random permutation of 0..n-1 (Fisher–Yates). */
  static int[] permutation(int n, SplitMix64 random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = p[i];
      p[i] = p[j];
      p[j] = swap;
    }
    return p;
  }

  /** Adds the next sub-forest's predictions on the unshuffled and every shuffled copy of the rows. */
  public void add(RandomForest subForest) {
    accumulate(base, subForest.predict(rows));
    for (int f = 0; f < shuffled.length; f++) {
      accumulate(permuted[f], subForest.predict(shuffled[f]));
    }
    parts++;
  }

  private static void accumulate(double[] into, double[] predictions) {
    for (int r = 0; r < into.length; r++) {
      into[r] += predictions[r];
    }
  }

  /** Price-scale MSE of the unshuffled forecasts. */
  public double baseMse() {
    return prices.score(mean(base), target).mse();
  }

  /** Per feature, the rise in price-scale MSE when its column is shuffled. */
  public double[] importances() {
    if (parts == 0) {
      throw new IllegalStateException("no sub-forest was added");
    }
    double reference = baseMse();
    double[] result = new double[shuffled.length];
    for (int f = 0; f < result.length; f++) {
      result[f] = prices.score(mean(permuted[f]), target).mse() - reference;
    }
    return result;
  }

  private double[] mean(double[] sum) {
    double[] mean = sum.clone();
    for (int r = 0; r < mean.length; r++) {
      mean[r] /= parts;
    }
    return mean;
  }
}
