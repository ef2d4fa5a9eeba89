package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomForestLearnerTest {

  private final FeatureMatrix data = TestData.noisy(600, 5, 21);
  private final FeatureMatrix other = TestData.noisy(900, 5, 22);
  private final TreeParameters parameters = TreeParameters.of(3, 5);

  @Test
  void sameSeedsGiveTheSameForest() {
    long[] seeds = TreeSeeds.subForestSeeds(42, "AAA", 0, 0, 6);
    RandomForest first = RandomForestLearner.bootstrap().train(data, parameters, seeds);
    RandomForestLearner reused = RandomForestLearner.bootstrap();
    reused.train(other, TreeParameters.of(5, 2), TreeSeeds.subForestSeeds(1, "B", 1, 1, 3));
    RandomForest second = reused.train(data, parameters, seeds);

    assertEquals(first, second);
    assertNotEquals(first, RandomForestLearner.bootstrap().train(data, parameters, TreeSeeds.subForestSeeds(43, "AAA", 0, 0, 6)));
  }

  @Test
  void forestAssembledFromSubForestsEqualsOneTrainedInOneGo() {
    String symbol = "INFY";
    long[] all = new long[9];
    RandomForest[] parts = new RandomForest[3];
    for (int sub = 0; sub < 3; sub++) {
      long[] seeds = TreeSeeds.subForestSeeds(7, symbol, 4, sub, 3);
      System.arraycopy(seeds, 0, all, 3 * sub, 3);
      parts[2 - sub] = RandomForestLearner.bootstrap().train(data, parameters, seeds); // trained in reverse order
    }
    RandomForest assembled = RandomForest.union(List.of(parts[2], parts[1], parts[0]));
    RandomForest oneGo = RandomForestLearner.bootstrap().train(data, parameters, all);

    assertEquals(oneGo, assembled);
    assertArrayEquals(oneGo.predict(other), assembled.predict(other), 0.0);
  }

  @Test
  void forestPredictsTheMeanOfItsTrees() {
    RandomForest forest = RandomForestLearner.bootstrap().train(data, parameters, TreeSeeds.subForestSeeds(3, "X", 0, 0, 4));
    double[] predictions = forest.predict(other);
    for (int r = 0; r < other.rows(); r += 37) {
      double sum = 0;
      for (RegressionTree tree : forest.trees()) {
        sum += tree.predict(other.row(r));
      }
      assertEquals(sum / 4, predictions[r], 0.0);
      assertEquals(predictions[r], forest.predict(other.row(r)), 0.0);
    }
  }

  @Test
  void bootstrapDrawsNRowsWithReplacement() {
    RegressionTree tree = RandomForestLearner.bootstrap().trainTree(data, parameters, 123);
    assertEquals(data.rows(), tree.samples(0));
    // About 1 - 1/e of the rows are drawn at least once; the leaves' sample counts add up to the draws.
    int leafDraws = 0;
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.isLeaf(node)) {
        leafDraws += tree.samples(node);
      }
    }
    assertEquals(data.rows(), leafDraws);
  }

  @Test
  void treesOfAForestDiffer() {
    RandomForest forest = RandomForestLearner.bootstrap().train(data, parameters, TreeSeeds.subForestSeeds(3, "X", 0, 0, 3));
    assertNotEquals(forest.trees().get(0), forest.trees().get(1));
    assertEquals(3, Arrays.stream(new int[] {0, 1, 2}).mapToObj(forest.trees()::get).distinct().count());
  }

  @Test
  void meanSquaredError() {
    assertEquals((0.25 + 4 + 0) / 3, MeanSquaredError.of(new double[] {1.5, 0, 3}, new double[] {1, 2, 3}), 1e-15);
  }
}
