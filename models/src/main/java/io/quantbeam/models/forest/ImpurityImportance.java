package io.quantbeam.models.forest;

/**
 * Mean decrease in impurity (MDI) of a forest's features, exactly as scikit-learn's
 * {@code RandomForestRegressor.feature_importances_} computes it: per tree, every split adds its
 * weighted impurity decrease {@code w·imp − w_l·imp_l − w_r·imp_r} (weights = bootstrap draws,
 * impurity = weighted variance of the target) to its feature, and the tree's importances are
 * normalised to sum 1; the forest's are the mean over the trees that have a split, normalised to
 * sum 1 again. For squared error the decrease equals {@code w_l·w_r / w · (mean_l − mean_r)²}, so
 * it follows from the stored draws and leaf values alone ({@link RegressionTree#weightedSums}).
 *
 * <p>Accumulates tree by tree, so a model can be scored while it is streamed to its file.
 */
public final class ImpurityImportance {

  private final double[] sum;
  private final double[] tree;
  private int trees;

  public ImpurityImportance(int featureCount) {
    sum = new double[featureCount];
    tree = new double[featureCount];
  }

  public void add(RandomForest forest) {
    for (RegressionTree t : forest.trees()) {
      add(t);
    }
  }

  public void add(RegressionTree t) {
    if (t.featureCount() != sum.length) {
      throw new IllegalArgumentException("tree of " + t.featureCount() + " features, expected " + sum.length);
    }
    if (t.nodeCount() <= 1) {
      return; // scikit-learn leaves single-leaf trees out of the mean
    }
    java.util.Arrays.fill(tree, 0);
    double[] sums = t.weightedSums();
    for (int node = 0; node < t.nodeCount(); node++) {
      if (t.isLeaf(node)) {
        continue;
      }
      int left = t.left(node);
      int right = left + 1;
      double wl = t.samples(left);
      double wr = t.samples(right);
      double difference = sums[left] / wl - sums[right] / wr;
      tree[t.feature(node)] += wl * wr / (wl + wr) * difference * difference;
    }
    double total = 0;
    for (double v : tree) {
      total += v;
    }
    if (total > 0) {
      for (int f = 0; f < sum.length; f++) {
        sum[f] += tree[f] / total;
      }
    }
    trees++;
  }

  /** The importances, one per feature, summing to 1 (all 0 when no tree has a split). */
  public double[] importances() {
    double total = 0;
    for (double v : sum) {
      total += v / Math.max(trees, 1);
    }
    double[] result = new double[sum.length];
    if (total > 0) {
      for (int f = 0; f < sum.length; f++) {
        result[f] = sum[f] / Math.max(trees, 1) / total;
      }
    }
    return result;
  }

  /** The MDI of a whole forest. */
  public static double[] of(RandomForest forest) {
    ImpurityImportance importance = new ImpurityImportance(forest.featureCount());
    importance.add(forest);
    return importance.importances();
  }
}
