package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PermutationImportanceTest {

  /** Target a step in feature 0 only: the trees split only on feature 0. */
  private final FeatureMatrix train = TestData.uniform(800, 3, 21, x -> x[0] < 0.5 ? 100 : 101);
  private final FeatureMatrix test = TestData.uniform(300, 3, 22, x -> x[0] < 0.5 ? 100 : 101);
  private final PriceRows prices = new PriceRows(current(test), test.targetsCopy());
  private final TreeParameters parameters = TreeParameters.of(3, 2);
  private final RandomForest a = RandomForestLearner.bootstrap().train(train, parameters, new long[] {1, 2, 3});
  private final RandomForest b = RandomForestLearner.bootstrap().train(train, parameters, new long[] {4, 5});

  private static double[] current(FeatureMatrix m) {
    double[] c = new double[m.rows()];
    Arrays.fill(c, 100.5);
    return c;
  }

  private double[] importances(long seed) {
    PermutationImportance importance = new PermutationImportance(test, prices, ForecastTarget.PRICE, seed, "TCS");
    importance.add(a);
    importance.add(b);
    return importance.importances();
  }

  @Test
  void onlyTheUsedFeatureMattersAndTheBaseIsTheAveragedForecast() {
    double[] importance = importances(42);
    // Shuffling the step feature sends about half the rows to the wrong step: MSE rises by about 1/2.
    assertTrue(importance[0] > 0.35 && importance[0] < 0.65, Arrays.toString(importance));
    assertEquals(0, importance[1], 0.0);
    assertEquals(0, importance[2], 0.0);
    assertArrayEquals(new double[] {1, 0, 0}, ImpurityImportance.of(RandomForest.union(java.util.List.of(a, b))), 0.0);

    PermutationImportance base = new PermutationImportance(test, prices, ForecastTarget.PRICE, 42, "TCS");
    base.add(a);
    base.add(b);
    double[] pa = a.predict(test);
    double[] pb = b.predict(test);
    double[] mean = new double[pa.length];
    for (int r = 0; r < mean.length; r++) {
      mean[r] = (0 + pa[r] + pb[r]) / 2;
    }
    assertEquals(MeanSquaredError.of(mean, test.targetsCopy()), base.baseMse(), 0.0, "the mean of the sub-forests' means");
  }

  @Test
  void deterministicPerSeed() {
    assertArrayEquals(importances(42), importances(42), 0.0);
    assertFalse(Arrays.equals(importances(42), importances(43)), "another seed shuffles differently");
  }

  @Test
  void permutationsAreUniformlyShuffled() {
    int[] p = PermutationImportance.permutation(1000, new SplitMix64(9));
    int[] sorted = p.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      assertEquals(i, sorted[i]);
    }
    int fixed = 0;
    for (int i = 0; i < p.length; i++) {
      fixed += p[i] == i ? 1 : 0;
    }
    assertTrue(fixed < 8, "a uniform permutation has about one fixed point, got " + fixed);
  }
}
