package io.quantbeam.models.forest;

import java.util.ArrayList;
import java.util.List;

/**
 * An ensemble of regression trees that predicts the mean of its trees' predictions (summed in
 * tree order, so the result does not depend on how the forest was assembled). A forest made of
 * sub-forests trained apart is {@link #union} of them.
 */
public final class RandomForest {

  private final List<RegressionTree> trees;

  public RandomForest(List<RegressionTree> trees) {
    this.trees = List.copyOf(trees);
    if (this.trees.isEmpty()) {
      throw new IllegalArgumentException("a forest needs at least one tree");
    }
    int features = this.trees.get(0).featureCount();
    for (RegressionTree tree : this.trees) {
      if (tree.featureCount() != features) {
        throw new IllegalArgumentException("trees expect different feature counts: " + features + " and " + tree.featureCount());
      }
    }
  }

  /** The trees of {@code parts}, in order: sub-forests trained apart, assembled. */
  public static RandomForest union(List<RandomForest> parts) {
    List<RegressionTree> all = new ArrayList<>();
    for (RandomForest part : parts) {
      all.addAll(part.trees);
    }
    return new RandomForest(all);
  }

  public List<RegressionTree> trees() {
    return trees;
  }

  public int treeCount() {
    return trees.size();
  }

  public int featureCount() {
    return trees.get(0).featureCount();
  }

  public double predict(double[] row) {
    double sum = 0;
    for (RegressionTree tree : trees) {
      sum += tree.predict(row);
    }
    return sum / trees.size();
  }

  /** One prediction per row of {@code matrix}. */
  public double[] predict(FeatureMatrix matrix) {
    trees.get(0).checkFeatures(matrix);
    double[] predictions = new double[matrix.rows()];
    for (RegressionTree tree : trees) {
      for (int row = 0; row < predictions.length; row++) {
        predictions[row] += tree.predictUnchecked(matrix, row);
      }
    }
    for (int row = 0; row < predictions.length; row++) {
      predictions[row] /= trees.size();
    }
    return predictions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RandomForest f && trees.equals(f.trees);
  }

  @Override
  public int hashCode() {
    return trees.hashCode();
  }

  @Override
  public String toString() {
    return "RandomForest[" + trees.size() + " trees]";
  }
}
