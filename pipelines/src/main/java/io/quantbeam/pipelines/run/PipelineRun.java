package io.quantbeam.pipelines.run;

import io.quantbeam.pipelines.io.OutputFolder;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.pipelines.report.RunManifest;
import java.time.Instant;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The skeleton every pipeline's {@code run} follows: {@link #start} (runner tuning, the clock),
 * then the pipeline's own settings and graph, then {@link #execute} (progress line, run to the
 * end) and {@link #finish} (report.html, run.json, the summary on stdout).
 */
public final class PipelineRun {

  private final String pipeline;
  private final PipelineOptions options;
  private final long startedNanos = System.nanoTime();
  private Instant executedAt;
  private double seconds = Double.NaN;

  private PipelineRun(String pipeline, PipelineOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /**
   * Starts the clock and tunes the runner ({@link Runners#tune}); call it once the options are
   * read and before anything touches the file systems.
   *
   * @param pipeline the catalog name, as written to run.json
   */
  public static PipelineRun start(String pipeline, PipelineOptions options) {
    Runners.tune(options);
    return new PipelineRun(pipeline, options);
  }

  /** Runs {@code graph} to the end while {@code progress} shows how far it is. */
  public PipelineResult execute(Pipeline graph, Progress progress, String output) {
    executedAt = Instant.now();
    PipelineResult result;
    try (ProgressLine line = progress.show(pipeline)) {
      result = graph.run();
      result.waitUntilFinish();
    }
    OutputFolder.removeEmptyTempFolder(output);
    seconds = (System.nanoTime() - startedNanos) / 1e9;
    return result;
  }

  /** Wall time from {@link #start} to the end of {@link #execute}, in seconds. */
  public double seconds() {
    return seconds;
  }

  /** The run's run.json, with pipeline, version, runner, options and timings filled in. */
  public RunManifest manifest() {
    return new RunManifest(pipeline, options, executedAt, seconds);
  }

  /** Writes report.html (when given) and run.json into {@code output} and prints the summary. */
  public void finish(String output, HtmlReport report, RunManifest manifest, String summary) {
    if (report != null) {
      ReportFiles.writeHtml(output, report);
    }
    manifest.writeTo(output);
    System.out.println(summary);
  }
}
