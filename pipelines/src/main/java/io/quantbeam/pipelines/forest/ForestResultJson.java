package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.transforms.forest.GridPointResult;
import io.quantbeam.transforms.forest.SymbolResult;
import java.util.List;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * {@code results.jsonl}: one JSON object per symbol with its outcome and its whole grid, the
 * machine-readable twin of the results and grid tables, and the final model's feature importances
 * ({@code importance}: per feature the mean decrease in impurity, summing to 1, and the rise in
 * test MSE when the feature's test column is shuffled, in squared price units). Unknown or not-applicable numbers
 * (unlimited max_depth, the MSEs of an untrained symbol) are null.
 */
final class ForestResultJson {

  static final String FILE = "results.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ForestResultJson() {}

  static SerializableFunction<SymbolResult, String> toJson() {
    return ForestResultJson::json;
  }

  static String json(SymbolResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("symbol", r.symbol());
    o.put("status", ForestTableSinks.status(r));
    o.put("bars", r.bars());
    o.put("trainRows", r.trainRows());
    o.put("validationRows", r.validationRows());
    o.put("testRows", r.testRows());
    if (r.best() != null) {
      o.put("bestGridPoint", r.bestGridPoint());
      parameters(o, r.best());
    }
    number(o, "validationMse", r.validationMse());
    number(o, "testMse", r.testMse());
    number(o, "validationPersistenceMse", r.validationPersistenceMse());
    number(o, "validationSkill", r.validationSkill());
    number(o, "testPersistenceMse", r.testPersistenceMse());
    number(o, "testSkill", r.testSkill());
    o.put("finalTrees", r.finalTrees());
    if (!r.modelPath().isEmpty()) {
      o.put("modelPath", r.modelPath());
    }
    o.put("trainSeconds", r.trainSeconds());
    if (!r.detail().isEmpty()) {
      o.put("detail", r.detail());
    }
    if (!r.featureNames().isEmpty()) {
      ArrayNode importance = o.putArray("importance");
      for (int f = 0; f < r.featureNames().size(); f++) {
        ObjectNode feature = importance.addObject();
        feature.put("feature", r.featureNames().get(f));
        feature.put("impurity", r.impurityImportance()[f]);
        feature.put("permutation", r.permutationImportance()[f]);
      }
    }
    ArrayNode grid = o.putArray("grid");
    for (GridPointResult p : r.grid()) {
      ObjectNode point = grid.addObject();
      point.put("gridPoint", p.gridPoint());
      parameters(point, p.parameters());
      point.put("subForests", p.subForests());
      point.put("trees", p.trees());
      number(point, "validationMse", p.validationMse());
      point.put("trainSeconds", p.trainSeconds());
      point.put("best", p.gridPoint() == r.bestGridPoint());
      number(point, "persistenceMse", p.persistenceMse());
      number(point, "skill", p.skill());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void parameters(ObjectNode o, TreeParameters p) {
    o.put("maxFeatures", p.maxFeatures());
    o.put("minSamplesSplit", p.minSamplesSplit());
    if (p.depthLimited()) {
      o.put("maxDepth", p.maxDepth());
    } else {
      o.putNull("maxDepth");
    }
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isNaN(value)) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }

  static List<JsonNode> read(String output) {
    return JsonLines.bySymbol(output, FILE);
  }
}
