package io.quantbeam.pipelines.stress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.models.stress.MarketData;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The market file: {@code {"baseCurrency": "USD", "factors": {"RATE_USD_1Y": 0.031, …}}} (units
 * per {@link io.quantbeam.models.stress.FactorKind}).
 */
public final class MarketJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MarketJson() {}

  /** Parses a market; every problem is reported with {@code source}. */
  public static MarketData read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": a market must be a JSON object with baseCurrency and factors");
    }
    JsonNode base = root.get("baseCurrency");
    if (base == null || !base.isTextual() || base.asText().isBlank()) {
      throw new IllegalArgumentException(source + ": baseCurrency is missing (e.g. \"baseCurrency\": \"USD\")");
    }
    JsonNode factors = root.get("factors");
    if (factors == null || !factors.isObject()) {
      throw new IllegalArgumentException(source + ": factors is missing (an object of factor id to number)");
    }
    TreeMap<String, Double> values = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = factors.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw new IllegalArgumentException(source + ": factor " + e.getKey() + " is not a number: " + e.getValue());
      }
      values.put(e.getKey(), e.getValue().doubleValue());
    }
    try {
      return new MarketData(base.asText().trim(), values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** The market as pretty-printed JSON, factors in id order. */
  public static String write(MarketData market) {
    ObjectNode root = JSON.createObjectNode();
    root.put("baseCurrency", market.baseCurrency());
    ObjectNode factors = root.putObject("factors");
    market.factors().forEach(factors::put);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
