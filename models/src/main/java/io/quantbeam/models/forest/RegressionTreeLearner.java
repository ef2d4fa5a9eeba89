package io.quantbeam.models.forest;

import java.util.Arrays;

/**
 * Grows one CART regression tree with the squared-error criterion and exact split search.
 *
 * <p>Every node considers {@link TreeParameters#maxFeatures()} features drawn without
 * replacement from the tree's {@link SplitMix64}; for each it tries every threshold between two
 * consecutive distinct values of the node's rows (the midpoint, rows {@code <=} threshold go
 * left) and keeps the split with the largest decrease in the sum of squared errors (first
 * feature drawn, then lowest threshold, on ties). A node is a leaf when it holds fewer than
 * {@code minSamplesSplit} distinct rows, sits at {@code maxDepth}, has one target value, or no
 * drawn feature takes two values in it. Rows come with multiplicities (bootstrap counts): a row
 * drawn k times weighs k in every mean and sum of squares, and counts once against
 * {@code minSamplesSplit}.
 *
 * <p>Exact split search without sorting at every node: each feature's rows are sorted once per
 * matrix ({@link FeatureMatrix}); a tree keeps, per feature, its sample rows in that order as
 * node-contiguous segments and, after each split, partitions every feature's segment stably
 * into the left rows followed by the right rows. A split search is one sequential pass.
 *
 * <p>Not thread-safe: it reuses its buffers from tree to tree so that growing a tree allocates
 * nothing per node. Use one instance per thread.
 */
public final class RegressionTreeLearner {

  private int[][] order = new int[0][];
  private double[][] sortedValues = new double[0][];
  private int[] spareRows = new int[0];
  private double[] spareValues = new double[0];
  private boolean[] goesLeft = new boolean[0];
  private int[] features = new int[0];
  private int[] stack = new int[0];
  private int stackTop;
  private final TreeBuilder builder = new TreeBuilder();

  /**
   * Grows a tree on the rows of {@code data} with {@code counts[row] > 0}, each weighing its count.
   *
   * @param counts one multiplicity per row of {@code data}, each &gt;= 0, not all 0
   * @param random the tree's feature draws (consumed as the tree grows, depth first, left first)
   */
  public RegressionTree grow(FeatureMatrix data, int[] counts, TreeParameters parameters, SplitMix64 random) {
    int featureCount = data.featureCount();
    if (parameters.maxFeatures() > featureCount) {
      throw new IllegalArgumentException("maxFeatures " + parameters.maxFeatures() + " exceeds the "
          + featureCount + " features " + data.featureNames());
    }
    if (counts.length != data.rows()) {
      throw new IllegalArgumentException("expected " + data.rows() + " counts, got " + counts.length);
    }
    int distinct = 0;
    for (int c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + c);
      }
      if (c > 0) {
        distinct++;
      }
    }
    if (distinct == 0) {
      throw new IllegalArgumentException("no sample rows: every count is 0");
    }
    prepare(data, counts, distinct);
    builder.reset(featureCount);
    stackTop = 0;
    push(builder.add(), 0, distinct, 0);
    while (stackTop > 0) {
      stackTop -= 4;
      growNode(data, counts, parameters, random, stack[stackTop], stack[stackTop + 1], stack[stackTop + 2],
          stack[stackTop + 3]);
    }
    return builder.build();
  }

  /** Pending nodes, four ints each: node, start, end, depth. */
  private void push(int node, int start, int end, int depth) {
    if (stackTop + 4 > stack.length) {
      stack = Arrays.copyOf(stack, Math.max(64, stack.length * 2));
    }
    stack[stackTop] = node;
    stack[stackTop + 1] = start;
    stack[stackTop + 2] = end;
    stack[stackTop + 3] = depth;
    stackTop += 4;
  }

  private void prepare(FeatureMatrix data, int[] counts, int distinct) {
    int featureCount = data.featureCount();
    int rows = data.rows();
    if (order.length != featureCount || order[0].length < distinct) {
      int capacity = Math.max(distinct, order.length == 0 ? 0 : order[0].length);
      order = new int[featureCount][capacity];
      sortedValues = new double[featureCount][capacity];
      spareRows = new int[capacity];
      spareValues = new double[capacity];
    }
    if (goesLeft.length < rows) {
      goesLeft = new boolean[rows];
    }
    if (features.length != featureCount) {
      features = new int[featureCount];
    }
    for (int f = 0; f < featureCount; f++) {
      features[f] = f;
    }
    int[][] sortedRows = data.sortedRows();
    double[] columns = data.columns;
    for (int f = 0; f < featureCount; f++) {
      int[] sorted = sortedRows[f];
      int[] rowsOut = order[f];
      double[] valuesOut = sortedValues[f];
      int offset = f * rows;
      int k = 0;
      for (int row : sorted) {
        if (counts[row] > 0) {
          rowsOut[k] = row;
          valuesOut[k] = columns[offset + row];
          k++;
        }
      }
    }
  }

  private void growNode(FeatureMatrix data, int[] counts, TreeParameters parameters, SplitMix64 random,
      int node, int start, int end, int depth) {
    double[] targets = data.targets;
    int[] rows0 = order[0];
    int weight = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = start; i < end; i++) {
      int row = rows0[i];
      int c = counts[row];
      double y = targets[row];
      weight += c;
      sum += c * y;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
    double mean = sum / weight;
    if (min == max) {
      builder.leaf(node, min, weight);
      return;
    }
    if (end - start < parameters.minSamplesSplit() || depth >= parameters.maxDepth()) {
      builder.leaf(node, mean, weight);
      return;
    }

    int bestFeature = -1;
    int bestPosition = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    int featureCount = features.length;
    for (int k = 0; k < parameters.maxFeatures(); k++) {
      int j = k + random.nextInt(featureCount - k);
      int f = features[j];
      features[j] = features[k];
      features[k] = f;
      double[] x = sortedValues[f];
      if (x[start] == x[end - 1]) {
        continue;
      }
      int[] rowsF = order[f];
      int weightLeft = 0;
      double sumLeft = 0;
      for (int i = start, last = end - 1; i < last; i++) {
        int row = rowsF[i];
        int c = counts[row];
        weightLeft += c;
        sumLeft += c * (targets[row] - mean);
        if (x[i] < x[i + 1]) {
          // Decrease in squared error = sumLeft^2 * weight / (weightLeft * weightRight); weight is fixed per node.
          double score = sumLeft * sumLeft / ((double) weightLeft * (weight - weightLeft));
          if (score > bestScore) {
            bestScore = score;
            bestFeature = f;
            bestPosition = i;
          }
        }
      }
    }
    if (bestFeature < 0) {
      builder.leaf(node, mean, weight);
      return;
    }

    double below = sortedValues[bestFeature][bestPosition];
    double above = sortedValues[bestFeature][bestPosition + 1];
    double threshold = below * 0.5 + above * 0.5;
    if (threshold >= above) {
      threshold = below;
    }
    int middle = bestPosition + 1;
    int left = builder.add();
    int right = builder.add();
    builder.split(node, bestFeature, threshold, left, right, mean, weight);
    int minSamplesSplit = parameters.minSamplesSplit();
    if ((middle - start < minSamplesSplit && end - middle < minSamplesSplit) || depth + 1 >= parameters.maxDepth()) {
      // Both children are leaves: their rows are already apart in the split feature's order, so skip the partition.
      leaf(data, counts, order[bestFeature], left, start, middle);
      leaf(data, counts, order[bestFeature], right, middle, end);
      return;
    }
    partition(bestFeature, start, middle, end);
    push(right, middle, end, depth + 1);
    push(left, start, middle, depth + 1);
  }

  /** Makes {@code node} a leaf predicting the weighted mean target of {@code rows[start, end)} (exactly the target when there is one). */
  private void leaf(FeatureMatrix data, int[] counts, int[] rows, int node, int start, int end) {
    double[] targets = data.targets;
    int weight = 0;
    double sum = 0;
    double first = targets[rows[start]];
    boolean pure = true;
    for (int i = start; i < end; i++) {
      int row = rows[i];
      int c = counts[row];
      double y = targets[row];
      weight += c;
      sum += c * y;
      pure &= y == first;
    }
    builder.leaf(node, pure ? first : sum / weight, weight);
  }

  /** Rows at positions [start, middle) of {@code splitFeature} go left; reorder every other feature to match. */
  private void partition(int splitFeature, int start, int middle, int end) {
    int[] splitRows = order[splitFeature];
    for (int i = start; i < middle; i++) {
      goesLeft[splitRows[i]] = true;
    }
    for (int i = middle; i < end; i++) {
      goesLeft[splitRows[i]] = false;
    }
    for (int f = 0; f < features.length; f++) {
      if (f == splitFeature) {
        continue;
      }
      int[] rows = order[f];
      double[] values = sortedValues[f];
      int l = start;
      int r = 0;
      for (int i = start; i < end; i++) {
        int row = rows[i];
        if (goesLeft[row]) {
          rows[l] = row;
          values[l] = values[i];
          l++;
        } else {
          spareRows[r] = row;
          spareValues[r] = values[i];
          r++;
        }
      }
      System.arraycopy(spareRows, 0, rows, l, r);
      System.arraycopy(spareValues, 0, values, l, r);
    }
  }
}
