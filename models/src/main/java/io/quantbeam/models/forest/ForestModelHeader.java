package io.quantbeam.models.forest;

import java.util.List;
import java.util.Objects;

/**
 * Everything in a model file before the trees (see {@link ForestModel} for the fields), so that a
 * model can be written tree by tree without holding the forest in memory.
 *
 * @param treeCount trees that follow, &gt;= 1
 */
public record ForestModelHeader(String symbol, List<String> featureNames, TreeParameters parameters, long seed,
    int gridPoint, int trainingRows, int treeCount) {

  public ForestModelHeader {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(parameters, "parameters");
    featureNames = List.copyOf(featureNames);
    if (featureNames.isEmpty()) {
      throw new IllegalArgumentException("a model has at least one feature");
    }
    if (treeCount < 1) {
      throw new IllegalArgumentException("treeCount must be >= 1, got " + treeCount);
    }
  }
}
