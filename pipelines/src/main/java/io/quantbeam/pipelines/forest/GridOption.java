package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.TreeParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code --grid}, e.g. {@code maxFeatures=5,7,9;minSamplesSplit=5,15,25}, into grid points in
 * grid order: the first parameter named varies slowest. A parameter left out takes one value: every
 * feature for maxFeatures, 2 (scikit-learn's default) for minSamplesSplit.
 */
final class GridOption {

  static final String DEFAULT = "maxFeatures=5,7,9;minSamplesSplit=5,15,25";
  static final String SAMPLE_DEFAULT = "maxFeatures=5,9;minSamplesSplit=5,25";
  private static final List<String> PARAMETERS = List.of("maxfeatures", "minsamplessplit");

  private GridOption() {}

  static List<TreeParameters> parse(String text, int maxDepth, int featureCount) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("--grid is empty; e.g. --grid=" + DEFAULT);
    }
    Map<String, List<Integer>> values = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("--grid part '" + part.trim() + "' is not parameter=values; e.g. --grid=" + DEFAULT);
      }
      String name = part.substring(0, eq).trim();
      String key = name.toLowerCase(Locale.ROOT).replace("_", "");
      if (!PARAMETERS.contains(key)) {
        throw new IllegalArgumentException("--grid names an unknown parameter '" + name
            + "'; known: maxFeatures, minSamplesSplit");
      }
      if (values.containsKey(key)) {
        throw new IllegalArgumentException("--grid names " + name + " twice");
      }
      List<Integer> list = new ArrayList<>();
      for (String v : part.substring(eq + 1).split(",")) {
        try {
          int value = Integer.parseInt(v.trim());
          if (list.contains(value)) {
            throw new IllegalArgumentException("--grid repeats " + name + "=" + value);
          }
          list.add(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--grid value '" + v.trim() + "' of " + name + " is not a whole number");
        }
      }
      values.put(key, list);
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("--grid is empty; e.g. --grid=" + DEFAULT);
    }
    List<String> order = new ArrayList<>(values.keySet());
    for (String key : PARAMETERS) {
      if (!values.containsKey(key)) {
        values.put(key, List.of(key.equals("maxfeatures") ? featureCount : 2));
        order.add(key);
      }
    }
    List<TreeParameters> grid = new ArrayList<>();
    expand(order, values, 0, new LinkedHashMap<>(), maxDepth, featureCount, grid);
    return grid;
  }

  private static void expand(List<String> order, Map<String, List<Integer>> values, int level, Map<String, Integer> chosen,
      int maxDepth, int featureCount, List<TreeParameters> out) {
    if (level == order.size()) {
      int maxFeatures = chosen.get("maxfeatures");
      int minSamplesSplit = chosen.get("minsamplessplit");
      if (maxFeatures > featureCount) {
        throw new IllegalArgumentException("--grid: maxFeatures=" + maxFeatures + " exceeds the " + featureCount
            + " features");
      }
      try {
        out.add(new TreeParameters(maxFeatures, minSamplesSplit, maxDepth));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--grid: " + e.getMessage());
      }
      return;
    }
    String key = order.get(level);
    for (int value : values.get(key)) {
      chosen.put(key, value);
      expand(order, values, level + 1, chosen, maxDepth, featureCount, out);
    }
  }
}
