package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.pipelines.RunMetrics;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;

/** The one-screen summary printed at the end of a Merton run. */
final class MertonSummary {

  private MertonSummary() {}

  static String of(PipelineResult result, MertonSettings settings, MertonOptions options, String input, String output,
      FileFormat outputFormat, double seconds) {
    RunMetrics m = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    long rowsIn = m.counter(MertonMetrics.ROWS_IN);
    long used = m.counter(MertonMetrics.ROWS_USED);
    long rejected = m.counter(DeadLetterOutput.REJECTED);
    long shortRows = m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY);
    long solves = m.counter(MertonMetrics.SOLVES);
    Map<String, Long> reasons = m.withPrefix(DeadLetterOutput.REJECTED + "_");
    String horizons = Arrays.stream(settings.horizonsYears())
        .mapToObj(h -> h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h))
        .collect(Collectors.joining(","));
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%nmerton  %s, horizons %s years, %s runner, %s%n",
        settings.method().name().toLowerCase(Locale.ROOT), horizons, Runners.name(options), result.getState()));
    line(s, "input", input);
    line(s, "firms", String.format(Locale.ROOT, "%,d estimated, %,d with too short a history",
        m.counter(MertonMetrics.FIRMS_ESTIMATED), m.counter(MertonMetrics.FIRMS_INSUFFICIENT_HISTORY)));
    line(s, "rows in", String.format(Locale.ROOT, "%,d = %,d used + %,d rejected + %,d in short histories%s",
        rowsIn, used, rejected, shortRows, rowsIn == used + rejected + shortRows ? "" : "  (MISMATCH)"));
    if (!reasons.isEmpty()) {
      line(s, "rejected", reasons.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")));
    }
    line(s, "output rows", String.format(Locale.ROOT, "%,d (%,d not converged)",
        m.counter(MertonMetrics.OUTPUT_ROWS), m.counter(MertonMetrics.NON_CONVERGED_ROWS)));
    line(s, "solves", String.format(Locale.ROOT, "%,d Black–Scholes solves", solves));
    line(s, "wall time", String.format(Locale.ROOT, "%.1f s, %,.0f solves/s", seconds, solves / Math.max(seconds, 1e-9)));
    line(s, "results", OutputPaths.child(output, MertonPipeline.RESULT_PREFIX + "-*" + outputFormat.suffix()));
    line(s, "dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"));
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(String.format(Locale.ROOT, "  %-13s %s%n", label, value));
  }
}
