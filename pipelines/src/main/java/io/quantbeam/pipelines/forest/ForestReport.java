package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.pipelines.report.Charts;
import io.quantbeam.pipelines.report.HtmlReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html} of a forest run: the run's facts, the grid as a heat map of each symbol's
 * validation MSE relative to its best grid point, validation and test RMSE per symbol, and the
 * per-symbol table.
 */
final class ForestReport {

  /** Symbols drawn in the charts; the table lists all. */
  private static final int CHARTED_SYMBOLS = 30;

  private ForestReport() {}

  static HtmlReport render(String headline, Map<String, String> facts, List<TreeParameters> grid,
      List<JsonNode> symbols) {
    HtmlReport report = new HtmlReport("Random forests per stock", headline);
    report.section("Run").facts(facts);
    List<JsonNode> trained = symbols.stream().filter(s -> "trained".equals(s.get("status").asText())).toList();
    List<JsonNode> charted = trained.subList(0, Math.min(CHARTED_SYMBOLS, trained.size()));
    if (!charted.isEmpty()) {
      report.section("Grid search").charts(List.of(gridHeatMap(grid, charted), errorBars(charted)));
      report.note("Heat map: each symbol's validation MSE at every grid point divided by its lowest (1 = the best "
          + "grid point, chosen for the final model). Bars: root mean squared errors in price units, validation at "
          + "the best grid point and test of the final model (trained on train + validation rows)."
          + (trained.size() > CHARTED_SYMBOLS ? " The charts show the first " + CHARTED_SYMBOLS + " symbols." : ""));
      report.section("Against the persistence forecast").charts(List.of(skillBars(charted), skillMap(grid, charted)));
      report.note(skillNote(trained));
      report.section("Feature importance of the final models").charts(List.of(
          importanceMap(charted, "impurity", "Mean decrease in impurity (sums to 1 per symbol)", 1),
          importanceMap(charted, "permutation", "Test MSE rise when the feature is shuffled / test MSE", 0)));
      report.note("Impurity: scikit-learn's feature_importances_ (each split's squared-error decrease, weighted by its "
          + "bootstrap draws, per tree normalised to 1, averaged over the trees). Permutation: how much the final "
          + "model's price-scale test MSE rises when one feature's test column is shuffled (one fixed permutation "
          + "per feature from the seed), relative to the unshuffled test MSE; near 0 = not used on the test rows.");
    }
    report.section("Symbols").table(List.of("symbol", "status", "bars", "train rows", "best max_features",
        "best min_samples_split", "validation MSE", "test MSE", "persistence test MSE", "test skill", "trees", "detail"),
        rows(symbols));
    return report;
  }

  private static String gridHeatMap(List<TreeParameters> grid, List<JsonNode> symbols) {
    List<String> columns = new ArrayList<>();
    for (TreeParameters p : grid) {
      columns.add("mf" + p.maxFeatures() + "/mss" + p.minSamplesSplit());
    }
    List<String> rows = new ArrayList<>();
    double[][] relative = new double[symbols.size()][grid.size()];
    for (int s = 0; s < symbols.size(); s++) {
      JsonNode symbol = symbols.get(s);
      rows.add(symbol.get("symbol").asText());
      double best = symbol.get("validationMse").asDouble();
      int g = 0;
      for (JsonNode point : symbol.get("grid")) {
        relative[s][g++] = point.get("validationMse").asDouble() / best;
      }
    }
    return Charts.heatMap("grid", "Validation MSE / best, per symbol and grid point", "grid point", "symbol", columns,
        rows, relative, true);
  }

  private static String errorBars(List<JsonNode> symbols) {
    List<String> names = new ArrayList<>();
    double[] validation = new double[symbols.size()];
    double[] test = new double[symbols.size()];
    for (int s = 0; s < symbols.size(); s++) {
      names.add(symbols.get(s).get("symbol").asText());
      validation[s] = Math.sqrt(symbols.get(s).get("validationMse").asDouble());
      test[s] = Math.sqrt(symbols.get(s).get("testMse").asDouble());
    }
    return Charts.bars("rmse", "Next-minute TYPPRICE error (RMSE)", "symbol", "price units",
        names, List.of(new Charts.Series("validation, best grid point", validation), new Charts.Series("test, final model", test)));
  }

  /** Symbols × features heat map of one importance; {@code kind} 0 divides by the symbol's test MSE. */
  private static String importanceMap(List<JsonNode> symbols, String field, String title, int kind) {
    List<String> features = new ArrayList<>();
    symbols.get(0).path("importance").forEach(f -> features.add(f.get("feature").asText()
        .replace("typprice_lag", "lag").replace("log_return_lag", "lag")));
    List<String> rows = new ArrayList<>();
    double[][] values = new double[symbols.size()][features.size()];
    for (int s = 0; s < symbols.size(); s++) {
      JsonNode symbol = symbols.get(s);
      rows.add(symbol.get("symbol").asText());
      double scale = kind == 1 ? 1 : symbol.get("testMse").asDouble();
      int f = 0;
      for (JsonNode feature : symbol.path("importance")) {
        if (f < features.size()) {
          values[s][f++] = feature.get(field).asDouble() / scale;
        }
      }
    }
    return Charts.heatMap("importance-" + field, title, "feature", "symbol", features, rows, values, false);
  }

  /** Validation skill per symbol and grid point. */
  private static String skillMap(List<TreeParameters> grid, List<JsonNode> symbols) {
    List<String> columns = new ArrayList<>();
    for (TreeParameters p : grid) {
      columns.add("mf" + p.maxFeatures() + "/mss" + p.minSamplesSplit());
    }
    List<String> rows = new ArrayList<>();
    double[][] skill = new double[symbols.size()][grid.size()];
    for (int s = 0; s < symbols.size(); s++) {
      rows.add(symbols.get(s).get("symbol").asText());
      int g = 0;
      for (JsonNode point : symbols.get(s).get("grid")) {
        skill[s][g++] = point.path("skill").asDouble(Double.NaN);
      }
    }
    return Charts.heatMap("grid-skill", "Validation skill per symbol and grid point (below 0: worse than \"no change\")",
        "grid point", "symbol", columns, rows, skill, false);
  }

  /** Skill per symbol: validation at the best grid point and test of the final model. */
  private static String skillBars(List<JsonNode> symbols) {
    List<String> names = new ArrayList<>();
    double[] validation = new double[symbols.size()];
    double[] test = new double[symbols.size()];
    for (int s = 0; s < symbols.size(); s++) {
      names.add(symbols.get(s).get("symbol").asText());
      validation[s] = symbols.get(s).path("validationSkill").asDouble(Double.NaN);
      test[s] = symbols.get(s).path("testSkill").asDouble(Double.NaN);
    }
    return Charts.bars("skill", "Skill = 1 − MSE / persistence MSE (below 0: worse than \"no change\")", "symbol",
        "skill", names, List.of(new Charts.Series("validation, best grid point", validation),
            new Charts.Series("test, final model", test)));
  }

  /** Says in words which symbols forecast worse than the persistence forecast. */
  private static String skillNote(List<JsonNode> trained) {
    List<String> worse = new ArrayList<>();
    for (JsonNode s : trained) {
      if (s.path("testSkill").asDouble(0) < 0) {
        worse.add(s.get("symbol").asText());
      }
    }
    String verdict = worse.isEmpty()
        ? "Every symbol's final model beats the persistence forecast on its test rows."
        : "WORSE THAN NO CHANGE on the test rows (skill < 0): " + worse.size() + " of " + trained.size() + " symbols — "
            + String.join(", ", worse.subList(0, Math.min(30, worse.size()))) + (worse.size() > 30 ? ", …" : "") + ".";
    return "The persistence forecast predicts next TYPPRICE = current TYPPRICE; both MSEs are on the same rows, in "
        + "squared price units. Skill 1 means perfect, 0 as good as \"no change\", below 0 worse. " + verdict;
  }

  private static String skillText(JsonNode skill) {
    if (skill == null || skill.isNull()) {
      return "";
    }
    double v = skill.asDouble();
    return String.format(Locale.ROOT, "%.4f", v) + (v < 0 ? " worse than no change" : "");
  }

  private static List<List<String>> rows(List<JsonNode> symbols) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode s : symbols) {
      boolean trained = "trained".equals(s.get("status").asText());
      rows.add(List.of(s.get("symbol").asText(), s.get("status").asText(),
          String.format(Locale.ROOT, "%,d", s.get("bars").asInt()), String.format(Locale.ROOT, "%,d", s.get("trainRows").asInt()),
          trained ? s.get("maxFeatures").asText() : "", trained ? s.get("minSamplesSplit").asText() : "",
          trained ? String.format(Locale.ROOT, "%.6g", s.get("validationMse").asDouble()) : "",
          trained ? String.format(Locale.ROOT, "%.6g", s.get("testMse").asDouble()) : "",
          trained ? String.format(Locale.ROOT, "%.6g", s.get("testPersistenceMse").asDouble()) : "",
          trained ? skillText(s.get("testSkill")) : "",
          trained ? s.get("finalTrees").asText() : "", s.path("detail").asText("")));
    }
    return rows;
  }
}
