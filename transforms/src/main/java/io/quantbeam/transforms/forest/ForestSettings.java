package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.SplitRule;
import io.quantbeam.models.forest.TreeParameters;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How a forest run trains (specs/forest.md "Workflow").
 *
 * @param grid hyper-parameter combinations in grid order (index = grid point)
 * @param subForests sub-forests per grid point, each a separate unit of work
 * @param finalSubForests sub-forests of the final model
 * @param treesPerSubForest trees in every sub-forest
 * @param seed the run seed of the split and of every tree
 * @param layout which features
 * @param minTrainRows a symbol with fewer training rows (or no validation or test row) is reported, not trained
 * @param workFolder where prepared matrices and sub-forest parts live during the run (every worker reads it)
 * @param modelFolder where each symbol's model file is written
 * @param split how rows are split into train, validation and test
 */
public record ForestSettings(List<TreeParameters> grid, int subForests, int finalSubForests, int treesPerSubForest,
    long seed, FeatureLayout layout, int minTrainRows, String workFolder, String modelFolder, SplitRule split)
    implements Serializable {

  public ForestSettings {
    grid = List.copyOf(grid);
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(workFolder, "workFolder");
    Objects.requireNonNull(modelFolder, "modelFolder");
    if (grid.isEmpty()) {
      throw new IllegalArgumentException("the grid has no points");
    }
    for (TreeParameters p : grid) {
      if (p.maxFeatures() > layout.featureCount()) {
        throw new IllegalArgumentException("maxFeatures " + p.maxFeatures() + " exceeds the " + layout.featureCount()
            + " features " + layout.names());
      }
    }
    positive("subForests", subForests);
    positive("finalSubForests", finalSubForests);
    positive("treesPerSubForest", treesPerSubForest);
    positive("minTrainRows", minTrainRows);
    if ((long) finalSubForests * treesPerSubForest > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("finalSubForests x treesPerSubForest is too large");
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
  }

  public int finalTrees() {
    return finalSubForests * treesPerSubForest;
  }
}
