package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.report.Charts;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.pipelines.report.RunManifest;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/** {@code report.html} and the entries of {@code run.json} of a matmul run, written into C's folder. */
final class MatmulReport {

  private final HtmlReport report;
  private final RunMetrics metrics;
  private final MatrixFolder a;
  private final MatrixFolder b;
  private final MatrixFolder c;
  private final boolean verified;
  private final double gflopPerSecond;

  MatmulReport(PipelineResult result, PipelineOptions options, ProductLayout product, MatrixFolder a,
      MatrixFolder b, MatrixFolder c, boolean verified, double pipelineSeconds, double totalSeconds) {
    this.metrics = RunMetrics.of(result, MatmulMetrics.NAMESPACE);
    this.a = a;
    this.b = b;
    this.c = c;
    this.verified = verified;
    double gflop = product.flops() / 1e9;
    this.gflopPerSecond = gflop / pipelineSeconds;
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("A", a + " — " + product.left().describe());
    facts.put("B", b + " — " + product.right().describe());
    facts.put("C", c + " — " + product.output().describe());
    facts.put("runner", Runners.name(options));
    facts.put("BLAS", BlasLibrary.describe());
    facts.put("work", String.format(Locale.ROOT, "%,d block products, %,d blocks read, %,d written, %.2f GFLOP",
        metrics.counter(MatmulMetrics.BLOCK_PRODUCTS), metrics.counter(MatmulMetrics.BLOCKS_READ),
        metrics.counter(MatmulMetrics.BLOCKS_WRITTEN), gflop));
    facts.put("time", String.format(Locale.ROOT, "%.2f s end to end (%.2f s with checks and set-up)",
        pipelineSeconds, totalSeconds));
    facts.put("throughput", String.format(Locale.ROOT, "%.1f GFLOP/s end to end", gflop / pipelineSeconds));
    facts.put("verification", verified
        ? String.format(Locale.ROOT, "Freivalds' check passed on %,d rows, worst relative residual %s (tolerance %s)",
            metrics.counter(MatmulMetrics.ROWS_VERIFIED), MatmulSummary.worstRatio(result),
            io.quantbeam.transforms.matmul.FreivaldsCheck.DEFAULT_TOLERANCE)
        : "not verified (run with --verify)");

    report = new HtmlReport("Blocked matrix multiply", "C = A·B, " + product.output().describe());
    report.section("Run").facts(facts);
    List<String> charts = new ArrayList<>();
    charts.add(Charts.bars("gflops", "Throughput", "measured over", "GFLOP/s",
        List.of("pipeline (reads, products, writes)", "whole run (with checks, set-up)"),
        List.of(new Charts.Series("GFLOP/s", new double[] {gflop / pipelineSeconds, gflop / totalSeconds}))));
    charts.add(blockGrid(product.output()));
    report.section("Charts").charts(charts);
    report.note("Each cell of the grid is one block of C: an independent task that multiplies a block row of A "
        + "by a block column of B with BLAS dgemm. Ragged edge blocks hold fewer elements.");
  }

  HtmlReport html() {
    return report;
  }

  /** The run's own entries of run.json: inputs, outputs, counters, throughput, whether verified. */
  RunManifest manifest(RunManifest manifest) {
    return manifest
        .inputs(List.of(a.location(), b.location()))
        .outputsIn(c.location(), List.of())
        .counts(metrics.all())
        .put("gflopPerSecond", gflopPerSecond)
        .put("verified", verified);
  }

  /** C's block grid: elements per block, in thousands. */
  private static String blockGrid(MatrixLayout layout) {
    int rows = Math.min(layout.blockRowCount(), 32);
    int cols = Math.min(layout.blockColCount(), 32);
    double[][] size = new double[rows][cols];
    List<String> rowLabels = new ArrayList<>();
    List<String> colLabels = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      rowLabels.add("i=" + i);
      for (int j = 0; j < cols; j++) {
        size[i][j] = (double) layout.rowsInBlockRow(i) * layout.colsInBlockCol(j) / 1000;
      }
    }
    for (int j = 0; j < cols; j++) {
      colLabels.add("j=" + j);
    }
    return Charts.heatMap("block-grid", "Block grid of C (thousands of elements per block)", "block column j",
        "block row i", colLabels, rowLabels, size, false);
  }
}
