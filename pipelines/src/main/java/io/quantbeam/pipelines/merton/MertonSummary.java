package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.pipelines.RunMetrics;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;

/** The end of a Merton run in numbers: the one-screen summary and the report's run facts. */
final class MertonSummary {

  private final RunMetrics metrics;
  private final String headline;
  private final Map<String, String> facts = new LinkedHashMap<>();

  MertonSummary(PipelineResult result, MertonSettings settings, MertonOptions options, String input, String output,
      FileFormat outputFormat, double seconds) {
    this.metrics = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    RunMetrics m = metrics;
    long rowsIn = m.counter(MertonMetrics.ROWS_IN);
    long used = m.counter(MertonMetrics.ROWS_USED);
    long rejected = m.counter(DeadLetterOutput.REJECTED);
    long shortRows = m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY);
    long solves = m.counter(MertonMetrics.SOLVES);
    String horizons = Arrays.stream(settings.horizonsYears())
        .mapToObj(h -> h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h))
        .collect(Collectors.joining(","));
    headline = String.format(Locale.ROOT, "%s, horizons %s years, %s runner, %s",
        settings.method().name().toLowerCase(Locale.ROOT), horizons, Runners.name(options), result.getState());
    facts.put("input", input);
    facts.put("firms", String.format(Locale.ROOT, "%,d estimated, %,d with too short a history",
        m.counter(MertonMetrics.FIRMS_ESTIMATED), m.counter(MertonMetrics.FIRMS_INSUFFICIENT_HISTORY)));
    facts.put("rows in", String.format(Locale.ROOT, "%,d = %,d used + %,d rejected + %,d in short histories%s",
        rowsIn, used, rejected, shortRows, rowsIn == used + rejected + shortRows ? "" : "  (MISMATCH)"));
    Map<String, Long> reasons = m.withPrefix(DeadLetterOutput.REJECTED + "_");
    if (!reasons.isEmpty()) {
      facts.put("rejected", reasons.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")));
    }
    facts.put("output rows", String.format(Locale.ROOT, "%,d (%,d not converged)",
        m.counter(MertonMetrics.OUTPUT_ROWS), m.counter(MertonMetrics.NON_CONVERGED_ROWS)));
    facts.put("solves", String.format(Locale.ROOT, "%,d Black–Scholes solves", solves));
    facts.put("wall time", String.format(Locale.ROOT, "%.1f s, %,.0f solves/s", seconds, solves / Math.max(seconds, 1e-9)));
    facts.put("results", OutputPaths.child(output, MertonPipeline.RESULT_PREFIX + "-*" + outputFormat.suffix()));
    facts.put("dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"));
    facts.put("report", OutputPaths.child(output, "report.html"));
  }

  RunMetrics metrics() {
    return metrics;
  }

  String headline() {
    return headline;
  }

  Map<String, String> facts() {
    return facts;
  }

  String text() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nmerton  %s%n", headline));
    facts.forEach((label, value) -> s.append(String.format(Locale.ROOT, "  %-13s %s%n", label, value)));
    return s.toString();
  }
}
