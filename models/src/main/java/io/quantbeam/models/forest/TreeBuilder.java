package io.quantbeam.models.forest;

import java.util.Arrays;

/**
 * Growable compact node arrays for {@link RegressionTreeLearner}; reused from tree to tree. The
 * learner adds a split's two children together as it walks depth first, left first, which is
 * {@link RegressionTree}'s canonical order, so the arrays need no child indices.
 */
final class TreeBuilder {

  private int featureCount;
  private int size;
  private byte[] feature = new byte[256];
  private double[] number = new double[256];
  private int[] samples = new int[256];

  void reset(int featureCount) {
    this.featureCount = featureCount;
    this.size = 0;
  }

  /** A new node, to be made a leaf or a split later; returns its index. */
  int add() {
    if (size == feature.length) {
      int capacity = size * 2;
      feature = Arrays.copyOf(feature, capacity);
      number = Arrays.copyOf(number, capacity);
      samples = Arrays.copyOf(samples, capacity);
    }
    return size++;
  }

  void leaf(int node, double nodeValue, int nodeSamples) {
    feature[node] = RegressionTree.LEAF_BYTE;
    number[node] = nodeValue;
    samples[node] = nodeSamples;
  }

  /** Makes {@code node} a split; its children must be the next two nodes added in canonical order. */
  void split(int node, int splitFeature, double splitThreshold, int nodeSamples) {
    feature[node] = (byte) splitFeature;
    number[node] = splitThreshold;
    samples[node] = nodeSamples;
  }

  RegressionTree build() {
    return new RegressionTree(featureCount, Arrays.copyOf(feature, size), Arrays.copyOf(number, size),
        Arrays.copyOf(samples, size));
  }
}
