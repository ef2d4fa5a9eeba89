package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.transforms.forest.GridPointResult;
import io.quantbeam.transforms.forest.SymbolResult;
import java.util.Locale;

/**
 * The forest run's two tables, one batch element per symbol: {@code results} (one row per symbol)
 * and {@code grid} (one row per symbol and grid point). Empty fields (null in Parquet) stand for
 * "not applicable": a max_depth of none is unlimited; a symbol with too little data has no best
 * parameters, MSEs or model. Every MSE is on the price scale and comes with the persistence
 * forecast's MSE on the same rows and the skill 1 − MSE / persistence MSE (below 0: worse than
 * "no change").
 */
final class ForestTableSinks {

  static final OutputTable<SymbolResult> RESULTS = OutputTable.<SymbolResult>named("forest_results", r -> 1)
      .text("symbol", (r, row) -> r.symbol())
      .text("status", (r, row) -> status(r))
      .int32("bars", (r, row) -> r.bars())
      .int32("train_rows", (r, row) -> r.trainRows())
      .int32("validation_rows", (r, row) -> r.validationRows())
      .int32("test_rows", (r, row) -> r.testRows())
      .optionalInt32("best_grid_point", (r, row) -> r.bestGridPoint(), (r, row) -> r.best() != null)
      .optionalInt32("max_features", (r, row) -> r.best().maxFeatures(), (r, row) -> r.best() != null)
      .optionalInt32("min_samples_split", (r, row) -> r.best().minSamplesSplit(), (r, row) -> r.best() != null)
      .optionalInt32("max_depth", (r, row) -> r.best().maxDepth(), (r, row) -> depthLimited(r.best()))
      .optionalFloat64("validation_mse", (r, row) -> r.validationMse())
      .optionalFloat64("test_mse", (r, row) -> r.testMse())
      .int32("final_trees", (r, row) -> r.finalTrees())
      .optionalText("model_path", (r, row) -> nullIfEmpty(r.modelPath()))
      .float64("train_seconds", (r, row) -> r.trainSeconds())
      .optionalText("detail", (r, row) -> nullIfEmpty(r.detail()))
      .optionalFloat64("validation_persistence_mse", (r, row) -> r.validationPersistenceMse())
      .optionalFloat64("validation_skill", (r, row) -> r.validationSkill())
      .optionalFloat64("test_persistence_mse", (r, row) -> r.testPersistenceMse())
      .optionalFloat64("test_skill", (r, row) -> r.testSkill())
      .build();

  static final OutputTable<SymbolResult> GRID = OutputTable.<SymbolResult>named("forest_grid", r -> r.grid().size())
      .text("symbol", (r, row) -> r.symbol())
      .int32("grid_point", (r, row) -> r.grid().get(row).gridPoint())
      .int32("max_features", (r, row) -> r.grid().get(row).parameters().maxFeatures())
      .int32("min_samples_split", (r, row) -> r.grid().get(row).parameters().minSamplesSplit())
      .optionalInt32("max_depth", (r, row) -> r.grid().get(row).parameters().maxDepth(),
          (r, row) -> depthLimited(r.grid().get(row).parameters()))
      .int32("sub_forests", (r, row) -> r.grid().get(row).subForests())
      .int32("trees", (r, row) -> r.grid().get(row).trees())
      .float64("validation_mse", (r, row) -> r.grid().get(row).validationMse())
      .float64("train_seconds", (r, row) -> r.grid().get(row).trainSeconds())
      .bool("best", (r, row) -> isBest(r, r.grid().get(row)))
      .float64("persistence_mse", (r, row) -> r.grid().get(row).persistenceMse())
      .optionalFloat64("skill", (r, row) -> r.grid().get(row).skill())
      .build();

  static final String RESULTS_HEADER = RESULTS.csvHeader();
  static final String GRID_HEADER = GRID.csvHeader();

  private ForestTableSinks() {}

  static String status(SymbolResult r) {
    return r.status().name().toLowerCase(Locale.ROOT);
  }

  private static boolean depthLimited(TreeParameters p) {
    return p != null && p.depthLimited();
  }

  private static boolean isBest(SymbolResult r, GridPointResult p) {
    return p.gridPoint() == r.bestGridPoint();
  }

  private static String nullIfEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
