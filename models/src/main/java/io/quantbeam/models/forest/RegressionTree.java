package io.quantbeam.models.forest;

import java.util.Arrays;

/**
 * A binary regression tree in flat arrays, one slot per node; node 0 is the root. An internal
 * node sends a row left when {@code row[feature] <= threshold}, else right; a leaf predicts its
 * value (the mean target of the sample rows that reached it, in target units).
 *
 * <p>Immutable and validated on construction: children come after their parent, every node but
 * the root has exactly one parent, so the arrays always describe one tree.
 */
public final class RegressionTree {

  /** The {@link #feature(int)} of a leaf. */
  public static final int LEAF = -1;

  private final int featureCount;
  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;
  private final double[] value;
  private final int[] samples;

  /**
   * @param featureCount number of features a row must have
   * @param feature split feature per node, {@link #LEAF} for leaves
   * @param threshold split threshold per node (ignored, and stored as 0, for leaves)
   * @param left left child per node, -1 for leaves
   * @param right right child per node, -1 for leaves
   * @param value prediction per node (used at leaves; the node mean elsewhere)
   * @param samples sample rows (bootstrap draws) that reached each node
   */
  public RegressionTree(int featureCount, int[] feature, double[] threshold, int[] left, int[] right, double[] value,
      int[] samples) {
    int n = feature.length;
    if (n == 0) {
      throw new IllegalArgumentException("a tree has at least one node");
    }
    if (threshold.length != n || left.length != n || right.length != n || value.length != n || samples.length != n) {
      throw new IllegalArgumentException("node arrays differ in length");
    }
    if (featureCount < 1) {
      throw new IllegalArgumentException("featureCount must be >= 1, got " + featureCount);
    }
    this.featureCount = featureCount;
    this.feature = feature.clone();
    this.threshold = threshold.clone();
    this.left = left.clone();
    this.right = right.clone();
    this.value = value.clone();
    this.samples = samples.clone();
    validate();
  }

  private void validate() {
    int n = feature.length;
    int[] parents = new int[n];
    for (int node = 0; node < n; node++) {
      if (!Double.isFinite(value[node])) {
        throw new IllegalArgumentException("node " + node + " has a non-finite value " + value[node]);
      }
      if (samples[node] < 0) {
        throw new IllegalArgumentException("node " + node + " has a negative sample count " + samples[node]);
      }
      if (feature[node] == LEAF) {
        if (left[node] != -1 || right[node] != -1) {
          throw new IllegalArgumentException("leaf " + node + " has children");
        }
        threshold[node] = 0;
        continue;
      }
      if (feature[node] < 0 || feature[node] >= featureCount) {
        throw new IllegalArgumentException("node " + node + " splits on feature " + feature[node] + " of " + featureCount);
      }
      if (!Double.isFinite(threshold[node])) {
        throw new IllegalArgumentException("node " + node + " has a non-finite threshold " + threshold[node]);
      }
      for (int child : new int[] {left[node], right[node]}) {
        if (child <= node || child >= n) {
          throw new IllegalArgumentException("node " + node + " has child " + child + " outside (" + node + ", " + n + ")");
        }
        parents[child]++;
      }
    }
    for (int node = 1; node < n; node++) {
      if (parents[node] != 1) {
        throw new IllegalArgumentException("node " + node + " has " + parents[node] + " parents");
      }
    }
  }

  /** Prediction for one row of {@link #featureCount()} feature values. */
  public double predict(double[] row) {
    if (row.length != featureCount) {
      throw new IllegalArgumentException("expected " + featureCount + " features, got " + row.length);
    }
    int node = 0;
    while (feature[node] != LEAF) {
      node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
    }
    return value[node];
  }

  /** Prediction for row {@code row} of {@code matrix}. */
  public double predict(FeatureMatrix matrix, int row) {
    checkFeatures(matrix);
    return predictUnchecked(matrix, row);
  }

  double predictUnchecked(FeatureMatrix matrix, int row) {
    double[] columns = matrix.columns;
    int rows = matrix.rows();
    int node = 0;
    while (feature[node] != LEAF) {
      node = columns[feature[node] * rows + row] <= threshold[node] ? left[node] : right[node];
    }
    return value[node];
  }

  void checkFeatures(FeatureMatrix matrix) {
    if (matrix.featureCount() != featureCount) {
      throw new IllegalArgumentException("tree expects " + featureCount + " features, matrix has " + matrix.featureCount());
    }
  }

  public int featureCount() {
    return featureCount;
  }

  public int nodeCount() {
    return feature.length;
  }

  public int feature(int node) {
    return feature[node];
  }

  public double threshold(int node) {
    return threshold[node];
  }

  public int left(int node) {
    return left[node];
  }

  public int right(int node) {
    return right[node];
  }

  public double value(int node) {
    return value[node];
  }

  public int samples(int node) {
    return samples[node];
  }

  public boolean isLeaf(int node) {
    return feature[node] == LEAF;
  }

  public int leafCount() {
    int leaves = 0;
    for (int f : feature) {
      if (f == LEAF) {
        leaves++;
      }
    }
    return leaves;
  }

  /** Edges on the longest root-to-leaf path (0 for a single leaf). */
  public int depth() {
    int[] depth = new int[feature.length];
    int max = 0;
    for (int node = 0; node < feature.length; node++) {
      max = Math.max(max, depth[node]);
      if (feature[node] != LEAF) {
        depth[left[node]] = depth[node] + 1;
        depth[right[node]] = depth[node] + 1;
      }
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegressionTree t && featureCount == t.featureCount && Arrays.equals(feature, t.feature)
        && Arrays.equals(threshold, t.threshold) && Arrays.equals(left, t.left) && Arrays.equals(right, t.right)
        && Arrays.equals(value, t.value) && Arrays.equals(samples, t.samples);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(feature) + Arrays.hashCode(threshold) * 17 + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "RegressionTree[" + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + "]";
  }
}
