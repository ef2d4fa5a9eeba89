package io.quantbeam.models.forest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains forests tree by tree: each tree's {@link SplitMix64}, seeded with that tree's seed
 * ({@link TreeSeeds}), first draws the bootstrap sample (n calls of {@code nextInt(n)}) and then
 * the features at each node. A tree therefore depends only on the data, the parameters and its
 * seed, and a forest trained in pieces equals one trained in one go with the same seeds.
 *
 * <p>Not thread-safe (it reuses buffers); use one instance per thread.
 */
public final class RandomForestLearner {

  private final RegressionTreeLearner treeLearner = new RegressionTreeLearner();
  private final RowSampling sampling;
  private int[] counts = new int[0];

  public RandomForestLearner(RowSampling sampling) {
    this.sampling = sampling;
  }

  /** A bootstrap learner, as the spec prescribes. */
  public static RandomForestLearner bootstrap() {
    return new RandomForestLearner(RowSampling.BOOTSTRAP);
  }

  /** One tree per seed, in seed order. */
  public RandomForest train(FeatureMatrix data, TreeParameters parameters, long[] treeSeeds) {
    if (treeSeeds.length == 0) {
      throw new IllegalArgumentException("a forest needs at least one tree seed");
    }
    List<RegressionTree> trees = new ArrayList<>(treeSeeds.length);
    for (long seed : treeSeeds) {
      trees.add(trainTree(data, parameters, seed));
    }
    return new RandomForest(trees);
  }

  public RegressionTree trainTree(FeatureMatrix data, TreeParameters parameters, long treeSeed) {
    int n = data.rows();
    if (n == 0) {
      throw new IllegalArgumentException("cannot train a tree on no rows");
    }
    if (counts.length != n) {
      counts = new int[n];
    }
    SplitMix64 random = new SplitMix64(treeSeed);
    if (sampling == RowSampling.BOOTSTRAP) {
      Arrays.fill(counts, 0);
      for (int draw = 0; draw < n; draw++) {
        counts[random.nextInt(n)]++;
      }
    } else {
      Arrays.fill(counts, 1);
    }
    return treeLearner.grow(data, counts, parameters, random);
  }
}
