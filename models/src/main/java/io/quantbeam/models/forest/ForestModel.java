package io.quantbeam.models.forest;

import java.util.List;
import java.util.Objects;

/**
 * A trained forest with what is needed to use and trace it: the symbol it was trained for, the
 * feature names in column order, the hyper-parameters, the run seed and grid point its tree seeds
 * came from ({@link TreeSeeds}), and how many rows it learned from.
 *
 * @param symbol the stock
 * @param featureNames feature columns a row must supply, in order (see {@link FeatureLayout})
 * @param parameters the hyper-parameters every tree was grown with
 * @param seed the run seed
 * @param gridPoint index of the chosen grid point, the seeds' grid-point component
 * @param trainingRows rows the forest learned from (training plus validation rows)
 * @param forest the trees
 */
public record ForestModel(String symbol, List<String> featureNames, TreeParameters parameters, long seed, int gridPoint,
    int trainingRows, RandomForest forest) {

  public ForestModel {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(forest, "forest");
    featureNames = List.copyOf(featureNames);
    if (featureNames.size() != forest.featureCount()) {
      throw new IllegalArgumentException(featureNames.size() + " feature names for trees of " + forest.featureCount()
          + " features");
    }
    if (gridPoint < 0) {
      throw new IllegalArgumentException("gridPoint must be >= 0, got " + gridPoint);
    }
    if (trainingRows < 1) {
      throw new IllegalArgumentException("trainingRows must be >= 1, got " + trainingRows);
    }
  }

  /** The header alone: what {@link ForestModelCodec} writes before the trees. */
  public ForestModelHeader header() {
    return new ForestModelHeader(symbol, featureNames, parameters, seed, gridPoint, trainingRows, forest.treeCount());
  }

  public double predict(double[] row) {
    return forest.predict(row);
  }
}
