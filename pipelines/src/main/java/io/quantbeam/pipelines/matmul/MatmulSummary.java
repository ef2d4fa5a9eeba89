package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.transforms.matmul.FreivaldsCheck;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.GaugeResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;

/** The one-screen summary of a matmul run: shapes, where, BLAS, time, GFLOP/s, counts, verification. */
final class MatmulSummary {

  private MatmulSummary() {}

  static String of(PipelineResult result, PipelineOptions options, ProductLayout product, MatrixFolder a,
      MatrixFolder b, MatrixFolder c, boolean verified, BlasThreadChoice blas, double pipelineSeconds, double totalSeconds) {
    RunMetrics metrics = RunMetrics.of(result, MatmulMetrics.NAMESPACE);
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "matmul: C = A·B, A %s, B %s%n", product.left().describe(),
        product.right().describe()));
    text.append(String.format(Locale.ROOT, "  A: %s%n  B: %s%n  C: %s (%s)%n", a, b, c, product.output().describe()));
    text.append(String.format(Locale.ROOT, "  runner %s, BLAS %s%n", Runners.name(options), BlasLibrary.describe()));
    text.append(String.format(Locale.ROOT, "  BLAS threads: %s%s%n", blas.reason(), BlasLibrary.threadsInUse()));
    text.append(String.format(Locale.ROOT,
        "  %d block products, %d blocks read, %d written; %.2f GFLOP%n",
        metrics.counter(MatmulMetrics.BLOCK_PRODUCTS), metrics.counter(MatmulMetrics.BLOCKS_READ),
        metrics.counter(MatmulMetrics.BLOCKS_WRITTEN), product.flops() / 1e9));
    text.append(String.format(Locale.ROOT,
        "  pipeline %.2f s end to end (reads, products, writes%s): %.1f GFLOP/s; %.2f s with checks and setup%n",
        pipelineSeconds, verified ? ", Freivalds' check" : "", product.flops() / pipelineSeconds / 1e9, totalSeconds));
    text.append(nonFinite(result, metrics.counter(MatmulMetrics.NON_FINITE_OUTPUT_BLOCKS)));
    if (verified) {
      text.append(String.format(Locale.ROOT,
          "  Freivalds' check passed on %d rows: worst relative residual %s (tolerance %s)%n",
          metrics.counter(MatmulMetrics.ROWS_VERIFIED), worstRatio(result), FreivaldsCheck.DEFAULT_TOLERANCE));
    }
    return text.toString().stripTrailing();
  }

  /** A line naming the input blocks with NaN or ±∞ and how many blocks of C they reached; empty if none. */
  static String nonFinite(PipelineResult result, long outputBlocks) {
    if (outputBlocks == 0) {
      return "";
    }
    MetricsFilter filter = MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(MatmulMetrics.NON_FINITE_INPUTS)).build();
    SortedMap<String, Long> inputs = new TreeMap<>();
    for (MetricResult<GaugeResult> gauge : result.metrics().queryMetrics(filter).getGauges()) {
      GaugeResult value = gauge.getAttempted();
      if (value != null) {
        inputs.put(gauge.getName().getName(), value.getValue());
      }
    }
    String where = inputs.isEmpty()
        ? "no input block holds any, so they come from overflow beyond ±1.8e308"
        : "from NaN/Inf in " + inputs.size() + " input block" + (inputs.size() == 1 ? "" : "s") + ": "
            + inputs.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " value"
                + (e.getValue() == 1 ? "" : "s") + ")").collect(Collectors.joining("; "));
    return String.format(Locale.ROOT, "  NaN/Inf: %d block%s of C hold non-finite values, %s%n", outputBlocks,
        outputBlocks == 1 ? "" : "s", where);
  }

  /** The worst Freivalds ratio from its gauge (IEEE bits), or "n/a" where the runner reports no gauges. */
  static String worstRatio(PipelineResult result) {
    MetricsFilter filter = MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(MatmulMetrics.NAMESPACE, CommitMatrix.WORST_RATIO_BITS))
        .build();
    for (MetricResult<GaugeResult> gauge : result.metrics().queryMetrics(filter).getGauges()) {
      GaugeResult value = gauge.getAttempted();
      if (value != null) {
        return String.format(Locale.ROOT, "%.2e", Double.longBitsToDouble(value.getValue()));
      }
    }
    return "n/a";
  }
}
