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
 * {@code minSamplesSplit}. A leaf predicts the weighted mean target of its rows.
 *
 * <p>Exact split search without sorting at every node: each feature's rows are sorted once per
 * matrix ({@link FeatureMatrix}); a tree renumbers its sampled rows 0..m-1, keeps per feature
 * those samples in value order as node-contiguous segments and, after each split, partitions
 * every feature's segment stably into the left samples followed by the right ones. A split
 * search is then one pass over a segment.
 *
 * <p>Not thread-safe: it reuses its buffers from tree to tree so that growing a tree allocates
 * nothing per node. Use one instance per thread.
 */
public final class RegressionTreeLearner {

  /** Per feature, sample ids in ascending value order within each node's segment. */
  private int[][] order = new int[0][];
  /** Per feature, value of each sample id. */
  private double[][] values = new double[0][];
  /** Per sample id: bootstrap count and target. */
  private int[] sampleCount = new int[0];
  private double[] sampleTarget = new double[0];
  /** Per sample id, side by side for the split scan (one cache line per sample): count, count x target. */
  private double[] sampleWeighted = new double[0];
  /** Per row of the matrix: its sample id, or -1 when not sampled. */
  private int[] sampleOfRow = new int[0];
  /** Per sample id, 1 when it goes to the left child of the node being split, else 0. */
  private int[] goesLeft = new int[0];
  private int[] spare = new int[0];
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
    int samples = 0;
    for (int c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + c);
      }
      if (c > 0) {
        samples++;
      }
    }
    if (samples == 0) {
      throw new IllegalArgumentException("no sample rows: every count is 0");
    }
    prepare(data, counts, samples);
    builder.reset(featureCount);
    stackTop = 0;
    push(builder.add(), 0, samples, 0);
    while (stackTop > 0) {
      stackTop -= 4;
      growNode(parameters, random, stack[stackTop], stack[stackTop + 1], stack[stackTop + 2], stack[stackTop + 3]);
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

  private void prepare(FeatureMatrix data, int[] counts, int samples) {
    int featureCount = data.featureCount();
    int rows = data.rows();
    if (order.length != featureCount || order[0].length < samples) {
      int capacity = Math.max(samples, order.length == 0 ? 0 : order[0].length);
      order = new int[featureCount][capacity];
      values = new double[featureCount][capacity];
      sampleCount = new int[capacity];
      sampleTarget = new double[capacity];
      sampleWeighted = new double[2 * capacity];
      goesLeft = new int[capacity];
      spare = new int[capacity];
    }
    if (sampleOfRow.length < rows) {
      sampleOfRow = new int[rows];
    }
    if (features.length != featureCount) {
      features = new int[featureCount];
    }
    for (int f = 0; f < featureCount; f++) {
      features[f] = f;
    }
    double[] columns = data.columns;
    int id = 0;
    for (int row = 0; row < rows; row++) {
      if (counts[row] > 0) {
        sampleOfRow[row] = id;
        sampleCount[id] = counts[row];
        sampleTarget[id] = data.targets[row];
        sampleWeighted[2 * id] = counts[row];
        sampleWeighted[2 * id + 1] = counts[row] * data.targets[row];
        for (int f = 0; f < featureCount; f++) {
          values[f][id] = columns[f * rows + row];
        }
        id++;
      } else {
        sampleOfRow[row] = -1;
      }
    }
    int[][] sortedRows = data.sortedRows();
    for (int f = 0; f < featureCount; f++) {
      int[] out = order[f];
      int k = 0;
      for (int row : sortedRows[f]) {
        int sample = sampleOfRow[row];
        if (sample >= 0) {
          out[k++] = sample;
        }
      }
    }
  }

  private void growNode(TreeParameters parameters, SplitMix64 random, int node, int start, int end, int depth) {
    int[] count = sampleCount;
    double[] target = sampleTarget;
    int[] anyOrder = order[0];
    int weight = 0;
    double sum = 0;
    double first = target[anyOrder[start]];
    boolean pure = true;
    for (int i = start; i < end; i++) {
      int s = anyOrder[i];
      int c = count[s];
      double y = target[s];
      weight += c;
      sum += c * y;
      pure &= y == first;
    }
    double mean = sum / weight;
    if (pure) {
      builder.leaf(node, first, weight);
      return;
    }
    if (end - start < parameters.minSamplesSplit() || depth >= parameters.maxDepth()) {
      builder.leaf(node, mean, weight);
      return;
    }

    int bestFeature = -1;
    int bestPosition = -1;
    // Best decrease in squared error so far, as a fraction: sumLeft^2 * weight / (weightLeft * weightRight), where
    // weight is fixed per node and so left out; compared by cross-multiplying to keep divisions out of the scan.
    double bestNumerator = -1;
    double bestDenominator = 1;
    int featureCount = features.length;
    for (int k = 0; k < parameters.maxFeatures(); k++) {
      int j = k + random.nextInt(featureCount - k);
      int f = features[j];
      features[j] = features[k];
      features[k] = f;
      int[] ids = order[f];
      double[] x = values[f];
      int s = ids[start];
      double xs = x[s];
      if (xs == x[ids[end - 1]]) {
        continue;
      }
      double[] weighted = sampleWeighted;
      double weightLeft = 0;
      double sumLeft = 0;
      for (int i = start + 1; i < end; i++) {
        double c = weighted[2 * s];
        weightLeft += c;
        sumLeft += weighted[2 * s + 1] - c * mean;
        int next = ids[i];
        double xNext = x[next];
        double numerator = sumLeft * sumLeft;
        double denominator = weightLeft * (weight - weightLeft);
        if (numerator * bestDenominator > bestNumerator * denominator && xs < xNext) {
          bestNumerator = numerator;
          bestDenominator = denominator;
          bestFeature = f;
          bestPosition = i;
        }
        s = next;
        xs = xNext;
      }
    }
    if (bestFeature < 0) {
      builder.leaf(node, mean, weight);
      return;
    }

    int[] splitOrder = order[bestFeature];
    double below = values[bestFeature][splitOrder[bestPosition - 1]];
    double above = values[bestFeature][splitOrder[bestPosition]];
    double threshold = below * 0.5 + above * 0.5;
    if (threshold >= above) {
      threshold = below;
    }
    int middle = bestPosition;
    int left = builder.add();
    int right = builder.add();
    builder.split(node, bestFeature, threshold, weight);
    int minSamplesSplit = parameters.minSamplesSplit();
    if ((middle - start < minSamplesSplit && end - middle < minSamplesSplit) || depth + 1 >= parameters.maxDepth()) {
      // Both children are leaves: their samples are already apart in the split feature's order, so skip the partition.
      leaf(splitOrder, left, start, middle);
      leaf(splitOrder, right, middle, end);
      return;
    }
    partition(bestFeature, start, middle, end);
    push(right, middle, end, depth + 1);
    push(left, start, middle, depth + 1);
  }

  /** Makes {@code node} a leaf predicting the weighted mean target of samples {@code ids[start, end)} (exactly the target when there is one). */
  private void leaf(int[] ids, int node, int start, int end) {
    int weight = 0;
    double sum = 0;
    double first = sampleTarget[ids[start]];
    boolean pure = true;
    for (int i = start; i < end; i++) {
      int s = ids[i];
      int c = sampleCount[s];
      double y = sampleTarget[s];
      weight += c;
      sum += c * y;
      pure &= y == first;
    }
    builder.leaf(node, pure ? first : sum / weight, weight);
  }

  /** Samples at positions [start, middle) of {@code splitFeature}'s order go left; reorder every other feature to match. */
  private void partition(int splitFeature, int start, int middle, int end) {
    int[] splitIds = order[splitFeature];
    for (int i = start; i < middle; i++) {
      goesLeft[splitIds[i]] = 1;
    }
    for (int i = middle; i < end; i++) {
      goesLeft[splitIds[i]] = 0;
    }
    for (int f = 0; f < features.length; f++) {
      if (f == splitFeature) {
        continue;
      }
      int[] ids = order[f];
      int l = start;
      int r = 0;
      // Branch-free: which side a sample goes is unpredictable in any other feature's order.
      for (int i = start; i < end; i++) {
        int s = ids[i];
        int toLeft = goesLeft[s];
        ids[l] = s;
        spare[r] = s;
        l += toLeft;
        r += 1 - toLeft;
      }
      System.arraycopy(spare, 0, ids, l, r);
    }
  }
}
