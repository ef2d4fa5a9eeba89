package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.transforms.forest.ScoredSeries;
import java.util.List;
import org.apache.beam.sdk.transforms.SerializableFunction;

/** {@code scores.jsonl}: per symbol, its status, bars, rows scored and the MSE where the next bar is known. */
final class ScoreJson {

  static final String FILE = "scores.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScoreJson() {}

  static SerializableFunction<ScoredSeries, String> toJson() {
    return ScoreJson::json;
  }

  static String json(ScoredSeries s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("symbol", s.symbol());
    o.put("status", s.status());
    o.put("bars", s.bars());
    o.put("rowsScored", s.size());
    o.put("rowsWithActual", s.rowsWithActual());
    double mse = s.meanSquaredError();
    if (Double.isNaN(mse)) {
      o.putNull("mse");
    } else {
      o.put("mse", mse);
    }
    if (!s.modelPath().isEmpty()) {
      o.put("modelPath", s.modelPath());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JsonNode> read(String output) {
    return JsonLines.bySymbol(output, FILE);
  }
}
