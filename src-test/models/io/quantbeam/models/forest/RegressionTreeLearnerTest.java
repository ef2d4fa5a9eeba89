package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegressionTreeLearnerTest {

  private static double step(double x) {
    return x < 0.3 ? 1.5 : x < 0.7 ? -2.0 : 4.25;
  }

  @Test
  void deepTreeRecoversAPiecewiseConstantTargetExactly() {
    FeatureMatrix data = TestData.uniform(300, 3, 11, x -> step(x[1]));
    RegressionTree tree = new RandomForestLearner(RowSampling.ALL_ROWS).trainTree(data, TreeParameters.of(3, 2), 5);

    assertEquals(3, tree.leafCount(), tree.toString());
    for (int r = 0; r < data.rows(); r++) {
      assertEquals(data.target(r), tree.predict(data, r), 0.0);
    }
    for (double x : new double[] {0.01, 0.29, 0.31, 0.5, 0.69, 0.71, 0.99}) {
      assertEquals(step(x), tree.predict(new double[] {0.5, x, 0.5}), 0.0, "x = " + x);
    }
  }

  @Test
  void bootstrapTreeAlsoRecoversTheSteps() {
    FeatureMatrix data = TestData.uniform(400, 2, 12, x -> step(x[0]));
    RegressionTree tree = RandomForestLearner.bootstrap().trainTree(data, TreeParameters.of(2, 2), 99);
    for (double x : new double[] {0.05, 0.5, 0.95}) {
      assertEquals(step(x), tree.predict(new double[] {x, 0.3}), 0.0);
    }
  }

  @Test
  void constantTargetGivesOneLeaf() {
    FeatureMatrix data = TestData.uniform(500, 4, 13, x -> 101.37);
    RegressionTree tree = RandomForestLearner.bootstrap().trainTree(data, TreeParameters.of(4, 2), 1);
    assertEquals(1, tree.nodeCount());
    assertEquals(101.37, tree.value(0), 0.0);
    assertEquals(500, tree.samples(0), "the root holds every bootstrap draw");
  }

  @Test
  void rootSplitIsTheExactBestSplit() {
    FeatureMatrix data = TestData.noisy(80, 3, 14);
    RegressionTree stump = new RandomForestLearner(RowSampling.ALL_ROWS)
        .trainTree(data, new TreeParameters(3, 2, 1), 3);

    double bestDecrease = -1;
    int bestFeature = -1;
    double bestThreshold = Double.NaN;
    double parentSse = sse(data, r -> true);
    for (int f = 0; f < 3; f++) {
      double[] values = data.column(f);
      double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
      for (int i = 0; i + 1 < distinct.length; i++) {
        double threshold = (distinct[i] + distinct[i + 1]) / 2;
        int feature = f;
        double decrease = parentSse - sse(data, r -> data.value(r, feature) <= threshold)
            - sse(data, r -> data.value(r, feature) > threshold);
        if (decrease > bestDecrease + 1e-12) {
          bestDecrease = decrease;
          bestFeature = f;
          bestThreshold = threshold;
        }
      }
    }
    assertEquals(bestFeature, stump.feature(0));
    assertEquals(bestThreshold, stump.threshold(0), 0.0);
    assertEquals(mean(data, r -> data.value(r, stump.feature(0)) <= stump.threshold(0)), stump.value(stump.left(0)), 1e-12);
    assertEquals(mean(data, r -> data.value(r, stump.feature(0)) > stump.threshold(0)), stump.value(stump.right(0)), 1e-12);
  }

  @Test
  void minSamplesSplitCountsDistinctRowsAndIsRespected() {
    FeatureMatrix data = TestData.noisy(1000, 4, 15);
    SplitMix64 random = new SplitMix64(77);
    int[] counts = new int[data.rows()];
    for (int r = 0; r < counts.length; r++) {
      counts[r] = random.nextInt(4); // 0 to 3 copies, like a bootstrap
    }
    int minSamplesSplit = 15;
    RegressionTree tree = new RegressionTreeLearner().grow(data, counts, TreeParameters.of(2, minSamplesSplit), new SplitMix64(5));

    int[] distinct = new int[tree.nodeCount()];
    int[] draws = new int[tree.nodeCount()];
    for (int r = 0; r < data.rows(); r++) {
      if (counts[r] == 0) {
        continue;
      }
      int node = 0;
      while (true) {
        distinct[node]++;
        draws[node] += counts[r];
        if (tree.isLeaf(node)) {
          break;
        }
        node = data.value(r, tree.feature(node)) <= tree.threshold(node) ? tree.left(node) : tree.right(node);
      }
    }
    boolean smallLeafSeen = false;
    for (int node = 0; node < tree.nodeCount(); node++) {
      assertEquals(draws[node], tree.samples(node), "samples of node " + node);
      assertTrue(distinct[node] >= 1, "every node holds a row");
      if (!tree.isLeaf(node)) {
        assertTrue(distinct[node] >= minSamplesSplit, "node " + node + " was split with " + distinct[node] + " rows");
      } else if (distinct[node] < minSamplesSplit) {
        smallLeafSeen = true;
      }
    }
    assertTrue(smallLeafSeen, "the tree grew until nodes became too small to split");
    assertTrue(tree.depth() > 5, tree.toString());
  }

  @Test
  void maxFeaturesLimitsTheFeaturesSearchedAtEachNode() {
    // Feature 0 is the target itself; features 1..4 are noise. The root splits on feature 0 exactly when it was drawn.
    FeatureMatrix data = TestData.uniform(200, 5, 16, x -> x[0]);
    RandomForestLearner learner = new RandomForestLearner(RowSampling.ALL_ROWS);
    int trees = 400;
    int[] rootOnSignal = new int[6];
    for (int maxFeatures : new int[] {1, 2, 5}) {
      for (int t = 0; t < trees; t++) {
        RegressionTree stump = learner.trainTree(data, new TreeParameters(maxFeatures, 2, 1), TreeSeeds.treeSeed(1, "S", maxFeatures, 0, t));
        if (stump.feature(0) == 0) {
          rootOnSignal[maxFeatures]++;
        }
      }
    }
    // Drawn with probability maxFeatures / 5: 80 and 160 of 400 expected (binomial sd 8 and 9.8).
    assertTrue(Math.abs(rootOnSignal[1] - 80) < 35, "maxFeatures=1: " + rootOnSignal[1]);
    assertTrue(Math.abs(rootOnSignal[2] - 160) < 40, "maxFeatures=2: " + rootOnSignal[2]);
    assertEquals(trees, rootOnSignal[5], "with every feature searched the signal always wins");
  }

  @Test
  void maxDepthIsRespected() {
    FeatureMatrix data = TestData.noisy(500, 3, 17);
    for (int depth : new int[] {1, 3, 6}) {
      RegressionTree tree = RandomForestLearner.bootstrap().trainTree(data, new TreeParameters(3, 2, depth), 4);
      assertEquals(depth, tree.depth());
    }
    assertTrue(RandomForestLearner.bootstrap().trainTree(data, TreeParameters.of(3, 2), 4).depth() > 6);
  }

  @Test
  void tiedValuesStayOnOneSideOfEveryThreshold() {
    FeatureMatrix data = TestData.uniform(300, 2, 18, x -> Math.floor(x[0] * 4) + x[1]);
    double[] rounded = new double[600];
    for (int r = 0; r < 300; r++) {
      rounded[r] = Math.floor(data.value(r, 0) * 4) / 4;
      rounded[300 + r] = data.value(r, 1);
    }
    FeatureMatrix tied = new FeatureMatrix(TestData.names(2), rounded, data.targetsCopy());
    RegressionTree tree = new RandomForestLearner(RowSampling.ALL_ROWS).trainTree(tied, TreeParameters.of(2, 2), 8);
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (!tree.isLeaf(node) && tree.feature(node) == 0) {
        double t = tree.threshold(node);
        assertTrue(t != 0 && t != 0.25 && t != 0.5 && t != 0.75, "threshold " + t + " sits on a tied value");
      }
    }
  }

  @Test
  void rejectsMoreFeaturesThanTheMatrixHas() {
    FeatureMatrix data = TestData.noisy(50, 3, 19);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RandomForestLearner.bootstrap().trainTree(data, TreeParameters.of(4, 2), 1));
    assertTrue(e.getMessage().contains("maxFeatures 4"), e.getMessage());
  }

  private interface RowFilter {
    boolean test(int row);
  }

  private static double sse(FeatureMatrix data, RowFilter filter) {
    double m = mean(data, filter);
    double sum = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (filter.test(r)) {
        sum += (data.target(r) - m) * (data.target(r) - m);
      }
    }
    return sum;
  }

  private static double mean(FeatureMatrix data, RowFilter filter) {
    double sum = 0;
    int n = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (filter.test(r)) {
        sum += data.target(r);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
