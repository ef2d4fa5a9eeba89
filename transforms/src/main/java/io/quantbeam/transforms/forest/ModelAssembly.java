package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.ForestModelCodec;
import io.quantbeam.models.forest.ForestModelHeader;
import io.quantbeam.models.forest.RandomForest;
import io.quantbeam.models.forest.RegressionTree;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a symbol's model file from its final sub-forests' part files, one part in memory at a
 * time: the header, then every part's trees in sub-forest order. The file is written under a
 * temporary name and renamed when complete, so a model file is whole or absent. The parts stay
 * until the run's work folder is removed, so that a retried assembly finds them again.
 */
final class ModelAssembly {

  private ModelAssembly() {}

  /**
   * @param eachPart sees every part's sub-forest once, in sub-forest order, as it is copied (for scores that need
   *     the whole model without holding it in memory)
   */
  static void write(String modelPath, List<SubForestResult> parts, int treeCount, Consumer<RandomForest> eachPart)
      throws IOException {
    String temporary = ForestFiles.child(parentOf(modelPath), ".tmp-" + nameOf(modelPath));
    ForestModel first = ForestFiles.readModel(parts.get(0).partPath());
    ForestModelHeader header = new ForestModelHeader(first.symbol(), first.featureNames(), first.parameters(),
        first.seed(), first.gridPoint(), first.trainingRows(), treeCount);
    try (OutputStream out = ForestFiles.create(temporary)) {
      ForestModelCodec.Writer writer = ForestModelCodec.open(header, out);
      for (SubForestResult part : parts) {
        ForestModel subForest = part == parts.get(0) ? first : ForestFiles.readModel(part.partPath());
        if (!subForest.parameters().equals(header.parameters()) || subForest.trainingRows() != header.trainingRows()) {
          throw new IllegalStateException(part.partPath() + " was trained differently from the other sub-forests");
        }
        for (RegressionTree tree : subForest.forest().trees()) {
          writer.write(tree);
        }
        eachPart.accept(subForest.forest());
      }
      writer.finish();
    }
    ForestFiles.rename(temporary, modelPath);
  }

  private static String parentOf(String path) {
    return path.substring(0, path.lastIndexOf('/'));
  }

  private static String nameOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
