package io.quantbeam.pipelines.merton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.report.Charts;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.transforms.merton.MertonMetrics;
import io.quantbeam.transforms.merton.MertonReportStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.SerializableFunction;

/** Renders {@code report.html} of a Merton run from its report data and counters. */
final class MertonReport {

  static final String DATA_FILE = "report-data.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MertonReport() {}

  /** The report data as one JSON line (written by the pipeline, read back after it ends). */
  static SerializableFunction<MertonReportStats, String> toJson() {
    return stats -> {
      try {
        return JSON.writeValueAsString(stats);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  static JsonNode readData(String output) {
    try (var in = Channels.newInputStream(FileSystems.open(
        FileSystems.matchNewResource(OutputPaths.child(output, DATA_FILE), false)))) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report data of " + output + ": " + e.getMessage(), e);
    }
  }

  static HtmlReport render(JsonNode data, RunMetrics m, String header, Map<String, String> run) {
    HtmlReport report = new HtmlReport("Merton distance to default", header);
    report.section("Run").facts(run);

    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("rows in", count(m.counter(MertonMetrics.ROWS_IN)));
    rows.put("used", count(m.counter(MertonMetrics.ROWS_USED)));
    rows.put("rejected (dead letters)", count(m.counter(DeadLetterOutput.REJECTED)));
    rows.put("in too short histories", count(m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY)));
    m.withPrefix(DeadLetterOutput.REJECTED + "_").forEach((reason, n) -> rows.put("rejected: " + reason, count(n)));
    rows.put("firms estimated", count(m.counter(MertonMetrics.FIRMS_ESTIMATED)));
    rows.put("output rows", count(m.counter(MertonMetrics.OUTPUT_ROWS)));
    rows.put("rows not converged", count(m.counter(MertonMetrics.NON_CONVERGED_ROWS)));
    rows.put("Black–Scholes solves", count(m.counter(MertonMetrics.SOLVES)));
    report.section("Rows").facts(rows);

    List<String> charts = new ArrayList<>();
    double[] horizons = doubles(data.get("horizonsYears"));
    String firstHorizon = years(horizons[0]);
    JsonNode months = data.get("months");
    if (months.size() > 0) {
      List<String> labels = new ArrayList<>();
      months.forEach(mo -> labels.add(String.format(Locale.ROOT, "%d-%02d", mo.asInt() / 100, mo.asInt() % 100)));
      charts.add(Charts.band("dd-over-time", "Distance to default across firms, " + firstHorizon + " horizon",
          "month (each firm's last estimate in the month)", "distance to default (standard deviations)", labels,
          doubles(data.get("median")), doubles(data.get("lowerQuartile")), doubles(data.get("upperQuartile"))));
    }
    JsonNode riskiest = data.get("riskiest");
    if (riskiest.size() > 0) {
      List<Charts.Series> series = new ArrayList<>();
      riskiest.forEach(f -> series.add(new Charts.Series(
          f.get("firmId").asText() + " (" + LocalDate.ofEpochDay(f.get("epochDay").asLong()) + ")",
          doubles(f.get("defaultProbability")))));
      charts.add(Charts.lines("pd-term-structure", "Default probability term structure, riskiest firms on their last date",
          "horizon (years)", "default probability", horizons, series, true));
    }
    report.section("Charts").charts(charts);
    report.note("Distance to default is in standard deviations of asset value; default probability is N(−DD) "
        + "over each horizon. Unlevered firm-days have no distance to default and are left out of the quartiles.");
    return report;
  }

  private static String years(double h) {
    return (h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h)) + "-year";
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }
}
