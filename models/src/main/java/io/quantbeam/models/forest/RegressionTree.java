package io.quantbeam.models.forest;

import java.util.Arrays;

/**
 * A binary regression tree in compact flat arrays, one slot per node; node 0 is the root. An
 * internal node sends a row left when {@code row[feature] <= threshold}, else right; a leaf
 * predicts its value (the weighted mean target of the bootstrap draws that reached it, in target
 * units).
 *
 * <p>Per node only what prediction and importances need: the split feature as a byte, one double
 * (the threshold of a split, the value of a leaf), the first child's index and the bootstrap
 * draws that reached the node — 17 bytes a node instead of the 32 of six parallel arrays.
 *
 * <p>Nodes are in <em>canonical order</em>, the order {@link RegressionTreeLearner} creates them:
 * walking the tree depth first, left first, every split node's two children take the next two
 * free indices (so {@code right = left + 1}). The order is therefore implied by the feature
 * array alone, which is how {@link ForestModelCodec} stores trees without child indices. Trees
 * given in another order are renumbered into it, which changes no prediction.
 *
 * <p>Immutable and validated on construction.
 */
public final class RegressionTree {

  /** The {@link #feature(int)} of a leaf. */
  public static final int LEAF = -1;
  /** Feature indices are stored in one unsigned byte; 255 marks a leaf. */
  public static final int MAX_FEATURE_COUNT = 255;
  static final byte LEAF_BYTE = (byte) 0xFF;

  private final int featureCount;
  private final byte[] feature;
  /** Threshold of a split node, value of a leaf. */
  private final double[] number;
  /** First child of a split node (the second is the next index), -1 for a leaf. */
  private final int[] left;
  private final int[] samples;

  /**
   * A tree from node arrays in any order in which children come after their parent; it is
   * renumbered into canonical order.
   *
   * @param featureCount number of features a row must have, 1..{@value #MAX_FEATURE_COUNT}
   * @param feature split feature per node, {@link #LEAF} for leaves
   * @param threshold split threshold per node (ignored for leaves)
   * @param left left child per node, -1 for leaves
   * @param right right child per node, -1 for leaves
   * @param value prediction per node (used at leaves only)
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
    checkFeatureCount(featureCount);
    validateLinks(featureCount, feature, left, right);
    this.featureCount = featureCount;
    this.feature = new byte[n];
    this.number = new double[n];
    this.samples = new int[n];
    // Canonical renumbering: a depth-first, left-first walk in which a split's children take the next two indices.
    int[] stack = new int[2 * n + 2];
    int[] newIndexOf = new int[n];
    int top = 0;
    stack[top++] = 0;
    int next = 1;
    while (top > 0) {
      int old = stack[--top];
      int node = newIndexOf[old];
      this.samples[node] = samples[old];
      if (feature[old] == LEAF) {
        this.feature[node] = LEAF_BYTE;
        this.number[node] = value[old];
      } else {
        this.feature[node] = (byte) feature[old];
        this.number[node] = threshold[old];
        newIndexOf[left[old]] = next;
        newIndexOf[right[old]] = next + 1;
        next += 2;
        stack[top++] = right[old];
        stack[top++] = left[old];
      }
    }
    this.left = firstChildren(this.feature);
    validateValues();
  }

  /** A tree already in canonical order: {@code number} holds thresholds of splits and values of leaves. */
  RegressionTree(int featureCount, byte[] feature, double[] number, int[] samples) {
    int n = feature.length;
    if (n == 0) {
      throw new IllegalArgumentException("a tree has at least one node");
    }
    if (number.length != n || samples.length != n) {
      throw new IllegalArgumentException("node arrays differ in length");
    }
    checkFeatureCount(featureCount);
    this.featureCount = featureCount;
    this.feature = feature;
    this.number = number;
    this.samples = samples;
    for (int node = 0; node < n; node++) {
      if (feature[node] != LEAF_BYTE && (feature[node] & 0xFF) >= featureCount) {
        throw new IllegalArgumentException("node " + node + " splits on feature " + (feature[node] & 0xFF) + " of "
            + featureCount);
      }
    }
    this.left = firstChildren(feature);
    validateValues();
  }

  private static void checkFeatureCount(int featureCount) {
    if (featureCount < 1 || featureCount > MAX_FEATURE_COUNT) {
      throw new IllegalArgumentException("featureCount must be in 1.." + MAX_FEATURE_COUNT + ", got " + featureCount);
    }
  }

  /** Children come after their parent and every node but the root has exactly one parent. */
  private static void validateLinks(int featureCount, int[] feature, int[] left, int[] right) {
    int n = feature.length;
    int[] parents = new int[n];
    for (int node = 0; node < n; node++) {
      if (feature[node] == LEAF) {
        if (left[node] != -1 || right[node] != -1) {
          throw new IllegalArgumentException("leaf " + node + " has children");
        }
        continue;
      }
      if (feature[node] < 0 || feature[node] >= featureCount) {
        throw new IllegalArgumentException("node " + node + " splits on feature " + feature[node] + " of " + featureCount);
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

  /** The first child of every split in canonical order; rejects feature arrays that are not one whole tree. */
  private static int[] firstChildren(byte[] feature) {
    int n = feature.length;
    int[] left = new int[n];
    int[] stack = new int[n + 2];
    int top = 0;
    stack[top++] = 0;
    int next = 1;
    while (top > 0) {
      int node = stack[--top];
      if (feature[node] == LEAF_BYTE) {
        left[node] = -1;
        continue;
      }
      if (next + 2 > n) {
        throw new IllegalArgumentException("split node " + node + " has no room for children in " + n + " nodes");
      }
      left[node] = next;
      stack[top++] = next + 1;
      stack[top++] = next;
      next += 2;
    }
    if (next != n) {
      throw new IllegalArgumentException((n - next) + " of " + n + " nodes are not reachable from the root");
    }
    return left;
  }

  private void validateValues() {
    for (int node = 0; node < feature.length; node++) {
      if (!Double.isFinite(number[node])) {
        throw new IllegalArgumentException("node " + node + " has a non-finite " + (isLeaf(node) ? "value " : "threshold ")
            + number[node]);
      }
      if (samples[node] < 0) {
        throw new IllegalArgumentException("node " + node + " has a negative sample count " + samples[node]);
      }
    }
  }

  /** Prediction for one row of {@link #featureCount()} feature values. */
  public double predict(double[] row) {
    if (row.length != featureCount) {
      throw new IllegalArgumentException("expected " + featureCount + " features, got " + row.length);
    }
    int node = 0;
    while (feature[node] != LEAF_BYTE) {
      node = row[feature[node] & 0xFF] <= number[node] ? left[node] : left[node] + 1;
    }
    return number[node];
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
    while (feature[node] != LEAF_BYTE) {
      node = columns[(feature[node] & 0xFF) * rows + row] <= number[node] ? left[node] : left[node] + 1;
    }
    return number[node];
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

  /** The split feature, or {@link #LEAF}. */
  public int feature(int node) {
    return feature[node] == LEAF_BYTE ? LEAF : feature[node] & 0xFF;
  }

  /** The split threshold; 0 for a leaf. */
  public double threshold(int node) {
    return isLeaf(node) ? 0 : number[node];
  }

  public int left(int node) {
    return left[node];
  }

  public int right(int node) {
    return isLeaf(node) ? -1 : left[node] + 1;
  }

  /**
   * The leaf's prediction; for a split node, the weighted mean of its leaves' values (the mean
   * target of the draws that reached it, up to rounding).
   */
  public double value(int node) {
    if (isLeaf(node)) {
      return number[node];
    }
    return weightedSums()[node] / samples[node];
  }

  /** Per node, the sum over its leaves of draws × value: the node's total target (up to rounding). */
  double[] weightedSums() {
    double[] sums = new double[feature.length];
    // Children have larger indices than their parent, so one backward pass sums every subtree.
    for (int node = feature.length - 1; node >= 0; node--) {
      sums[node] = isLeaf(node) ? samples[node] * number[node] : sums[left[node]] + sums[left[node] + 1];
    }
    return sums;
  }

  public int samples(int node) {
    return samples[node];
  }

  public boolean isLeaf(int node) {
    return feature[node] == LEAF_BYTE;
  }

  /** The stored split feature byte (255 = leaf): what {@link ForestModelCodec} writes. */
  byte featureByte(int node) {
    return feature[node];
  }

  /** Threshold of a split, value of a leaf: what {@link ForestModelCodec} writes. */
  double number(int node) {
    return number[node];
  }

  public int leafCount() {
    int leaves = 0;
    for (byte f : feature) {
      if (f == LEAF_BYTE) {
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
      if (!isLeaf(node)) {
        depth[left[node]] = depth[node] + 1;
        depth[left[node] + 1] = depth[node] + 1;
      }
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegressionTree t && featureCount == t.featureCount && Arrays.equals(feature, t.feature)
        && Arrays.equals(number, t.number) && Arrays.equals(samples, t.samples);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(feature) + Arrays.hashCode(number) * 17 + Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "RegressionTree[" + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + "]";
  }
}
