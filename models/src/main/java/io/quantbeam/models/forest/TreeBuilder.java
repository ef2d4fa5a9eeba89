package io.quantbeam.models.forest;

import java.util.Arrays;

/** Growable node arrays for {@link RegressionTreeLearner}; reused from tree to tree. */
final class TreeBuilder {

  private int featureCount;
  private int size;
  private int[] feature = new int[256];
  private double[] threshold = new double[256];
  private int[] left = new int[256];
  private int[] right = new int[256];
  private double[] value = new double[256];
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
      threshold = Arrays.copyOf(threshold, capacity);
      left = Arrays.copyOf(left, capacity);
      right = Arrays.copyOf(right, capacity);
      value = Arrays.copyOf(value, capacity);
      samples = Arrays.copyOf(samples, capacity);
    }
    return size++;
  }

  void leaf(int node, double nodeValue, int nodeSamples) {
    feature[node] = RegressionTree.LEAF;
    threshold[node] = 0;
    left[node] = -1;
    right[node] = -1;
    value[node] = nodeValue;
    samples[node] = nodeSamples;
  }

  void split(int node, int splitFeature, double splitThreshold, int leftChild, int rightChild, double nodeValue,
      int nodeSamples) {
    feature[node] = splitFeature;
    threshold[node] = splitThreshold;
    left[node] = leftChild;
    right[node] = rightChild;
    value[node] = nodeValue;
    samples[node] = nodeSamples;
  }

  RegressionTree build() {
    return new RegressionTree(featureCount, Arrays.copyOf(feature, size), Arrays.copyOf(threshold, size),
        Arrays.copyOf(left, size), Arrays.copyOf(right, size), Arrays.copyOf(value, size), Arrays.copyOf(samples, size));
  }
}
