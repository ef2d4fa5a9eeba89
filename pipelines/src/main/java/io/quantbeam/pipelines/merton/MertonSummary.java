package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.RowBalance;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;

/** The end of a Merton run in numbers: the one-screen summary and the report's run facts. */
final class MertonSummary {

  private final RunMetrics metrics;
  private final RunSummary summary;

  MertonSummary(PipelineResult result, MertonSettings settings, MertonOptions options, String input, String output,
      FileFormat outputFormat, double seconds) {
    this.metrics = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    RunMetrics m = metrics;
    long solves = m.counter(MertonMetrics.SOLVES);
    String horizons = Arrays.stream(settings.horizonsYears())
        .mapToObj(h -> h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h))
        .collect(Collectors.joining(","));
    summary = new RunSummary("merton", String.format(Locale.ROOT, "%s, horizons %s years, %s runner, %s",
        settings.method().name().toLowerCase(Locale.ROOT), horizons, Runners.name(options), result.getState()), 13);
    summary.fact("input", input);
    summary.fact("firms", String.format(Locale.ROOT, "%,d estimated, %,d with too short a history",
        m.counter(MertonMetrics.FIRMS_ESTIMATED), m.counter(MertonMetrics.FIRMS_INSUFFICIENT_HISTORY)));
    summary.fact("rows in", RowBalance.of(m.counter(MertonMetrics.ROWS_IN))
        .part(m.counter(MertonMetrics.ROWS_USED), "used")
        .part(m.counter(DeadLetterOutput.REJECTED), "rejected")
        .part(m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY), "in short histories").text());
    Map<String, Long> reasons = m.withPrefix(DeadLetterOutput.REJECTED + "_");
    if (!reasons.isEmpty()) {
      summary.fact("rejected", reasons.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")));
    }
    summary.fact("output rows", String.format(Locale.ROOT, "%,d (%,d not converged)",
        m.counter(MertonMetrics.OUTPUT_ROWS), m.counter(MertonMetrics.NON_CONVERGED_ROWS)));
    summary.fact("solves", String.format(Locale.ROOT, "%,d Black–Scholes solves", solves));
    summary.fact("wall time", String.format(Locale.ROOT, "%.1f s, %,.0f solves/s", seconds,
        solves / Math.max(seconds, 1e-9)));
    summary.fact("results", OutputPaths.child(output, MertonPipeline.RESULT_PREFIX + "-*" + outputFormat.suffix()));
    summary.fact("dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"));
    summary.fact("report", OutputPaths.child(output, "report.html"));
  }

  RunMetrics metrics() {
    return metrics;
  }

  String headline() {
    return summary.headline();
  }

  Map<String, String> facts() {
    return summary.facts();
  }

  String text() {
    return summary.text();
  }
}
