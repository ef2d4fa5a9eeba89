package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.models.forest.ForecastTarget;
import io.quantbeam.models.forest.SplitRule;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.pipelines.run.RowBalance;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.ForestMetrics;
import io.quantbeam.transforms.forest.ForestSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;

/** The end of a forest run in numbers: counts that account for every bar, and each symbol's grid and test MSE. */
final class ForestSummary {

  /** Symbols whose grid rows are printed; the rest are in the tables. */
  private static final int PRINTED_SYMBOLS = 20;

  private final RunMetrics metrics;
  private final String headline;
  private final Map<String, String> facts = new LinkedHashMap<>();
  private final String table;
  private final List<TreeParameters> grid;
  private final List<JsonNode> symbols;

  ForestSummary(PipelineResult result, ForestSettings settings, ForestOptions options, String input, String output,
      FileFormat outputFormat, double seconds) {
    this.metrics = RunMetrics.of(result, ForestMetrics.NAMESPACE);
    RunMetrics m = metrics;
    headline = String.format(Locale.ROOT, "%d grid points × %d sub-forests × %d trees, final %d × %d trees, %s runner, %s",
        settings.grid().size(), settings.subForests(), settings.treesPerSubForest(), settings.finalSubForests(),
        settings.treesPerSubForest(), Runners.name(options), result.getState());
    long barsIn = m.counter(ForestMetrics.BARS_IN);
    long used = m.counter(ForestMetrics.BARS_USED);
    long rejected = m.counter(DeadLetterOutput.REJECTED);
    facts.put("input", input);
    facts.put("symbols", String.format(Locale.ROOT, "%,d trained, %,d with too little data",
        m.counter(ForestMetrics.SYMBOLS_TRAINED), m.counter(ForestMetrics.SYMBOLS_INSUFFICIENT)));
    facts.put("bars in", RowBalance.of(barsIn)
        .part(used, String.format(Locale.ROOT, "used (%,d of them in symbols with too little data)",
            m.counter(ForestMetrics.BARS_INSUFFICIENT)))
        .part(rejected, "rejected").text());
    Map<String, Long> reasons = m.withPrefix(DeadLetterOutput.REJECTED + "_");
    if (!reasons.isEmpty()) {
      facts.put("rejected", reasons.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")));
    }
    facts.put("split", settings.split().method() == SplitRule.Method.HASH ? "hash (the spec's, 64/16/20 %)"
        : "time (chronological 64/16/20 %)" + (settings.split().embargoMinutes() > 0
            ? ", embargo " + settings.split().embargoMinutes() + " min" : ""));
    facts.put("target", settings.layout().target() == ForecastTarget.PRICE ? "price (next TYPPRICE from 11 TYPPRICEs)"
        : "return (next log return from 11 log returns; MSEs on the price scale, forecast = price × exp(return))");
    facts.put("rows", String.format(Locale.ROOT, "train %,d · validation %,d · test %,d",
        m.counter(ForestMetrics.TRAIN_ROWS), m.counter(ForestMetrics.VALIDATION_ROWS), m.counter(ForestMetrics.TEST_ROWS)));
    long trees = m.counter(ForestMetrics.TREES);
    double growSeconds = m.counter(ForestMetrics.TRAIN_MILLIS) / 1e3;
    facts.put("trees", String.format(Locale.ROOT, "%,d in %,d sub-forests; %.1f s growing them (%,.0f trees/s per worker thread)",
        trees, m.counter(ForestMetrics.SUB_FORESTS), growSeconds, trees / Math.max(growSeconds, 1e-9)));
    facts.put("wall time", String.format(Locale.ROOT, "%.1f s", seconds));
    facts.put("results", OutputPaths.child(output, ForestPipeline.RESULTS_PREFIX + "-*" + outputFormat.suffix()) + ", "
        + OutputPaths.child(output, ForestResultJson.FILE));
    facts.put("grid", OutputPaths.child(output, ForestPipeline.GRID_PREFIX + "-*" + outputFormat.suffix()));
    facts.put("models", OutputPaths.child(output, ForestPipeline.MODELS + "/"));
    facts.put("dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"));
    facts.put("report", OutputPaths.child(output, "report.html"));
    grid = settings.grid();
    symbols = ForestResultJson.read(output);
    table = table(grid, symbols);
  }

  /** The report's page: the run facts and the symbols' grids and errors. */
  HtmlReport report() {
    return ForestReport.render(headline, facts, grid, symbols);
  }

  RunMetrics metrics() {
    return metrics;
  }

  String text() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nforest  %s%n", headline));
    facts.forEach((label, value) -> s.append(String.format(Locale.ROOT, "  %-13s %s%n", label, value)));
    return s.append(table).toString();
  }

  /** Validation MSE per grid point (the best starred) and test MSE, one line per symbol; then the untrained symbols. */
  private static String table(List<TreeParameters> grid, List<JsonNode> symbols) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n  validation MSE per grid point (* best), test MSE of the final model,"
        + " persistence forecast's test MSE, skill = 1 - test MSE / persistence MSE%n"));
    s.append(String.format(Locale.ROOT, "  %-12s", "symbol"));
    for (TreeParameters p : grid) {
      s.append(String.format(Locale.ROOT, " %12s", "mf" + p.maxFeatures() + "/mss" + p.minSamplesSplit()));
    }
    s.append(String.format(Locale.ROOT, " %12s %12s %8s%n", "test MSE", "persistence", "skill"));
    int printed = 0;
    StringBuilder untrained = new StringBuilder();
    for (JsonNode symbol : symbols) {
      if (!"trained".equals(symbol.get("status").asText())) {
        untrained.append(String.format(Locale.ROOT, "  %-12s %s%n", symbol.get("symbol").asText(), symbol.path("detail").asText()));
        continue;
      }
      if (printed++ == PRINTED_SYMBOLS) {
        s.append("  … more symbols in the grid table\n");
      }
      if (printed > PRINTED_SYMBOLS) {
        continue;
      }
      s.append(String.format(Locale.ROOT, "  %-12s", symbol.get("symbol").asText()));
      for (JsonNode point : symbol.get("grid")) {
        s.append(String.format(Locale.ROOT, " %11.6f%s", point.get("validationMse").asDouble(),
            point.get("best").asBoolean() ? "*" : " "));
      }
      double skill = symbol.path("testSkill").asDouble(Double.NaN);
      s.append(String.format(Locale.ROOT, " %12.6f %12.6f %8.4f%s%n", symbol.get("testMse").asDouble(),
          symbol.path("testPersistenceMse").asDouble(Double.NaN), skill, skill < 0 ? "  worse than no change" : ""));
    }
    if (untrained.length() > 0) {
      s.append(String.format(Locale.ROOT, "%n  not trained:%n")).append(untrained);
    }
    return s.toString();
  }
}
