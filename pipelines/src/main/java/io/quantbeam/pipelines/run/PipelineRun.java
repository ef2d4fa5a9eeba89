package io.quantbeam.pipelines.run;

import io.quantbeam.pipelines.io.OutputFolder;
import io.quantbeam.pipelines.io.OutputStaging;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.pipelines.report.RunManifest;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputPaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The skeleton every pipeline's {@code run} follows: {@link #start} (runner tuning, the clock),
 * then the pipeline's own settings and graph, then {@link #execute} (progress line, run to the
 * end) and {@link #finish} (report.html, run.json, the summary on stdout).
 */
public final class PipelineRun {

  /** What {@link #finish} writes into every output folder. */
  private static final List<String> RUN_FILES = List.of("report.html", "run.json");

  private final String pipeline;
  private final PipelineOptions options;
  private final long startedNanos = System.nanoTime();
  private Instant executedAt;
  private double seconds = Double.NaN;
  private double pipelineSeconds = Double.NaN;

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

  /**
   * Where this run writes instead of {@code output}: a staging folder that {@link #execute} swaps in
   * for the previous run's files (those matching {@code previousRunGlobs}) only once the pipeline has
   * succeeded. A run that fails leaves the previous results as they were. The previous report.html
   * and run.json are always among the files replaced: {@link #finish} writes new ones.
   */
  public OutputStaging stage(String output, List<String> previousRunGlobs) {
    OutputFolder.checkWritable(output);
    List<String> replaced = new ArrayList<>(previousRunGlobs);
    replaced.addAll(RUN_FILES);
    try {
      return OutputStaging.under(output, replaced);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + output + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code graph}, which writes into {@code staging}, to the end; then replaces the previous
   * run's files by the staged ones. On failure the staged files are deleted and the previous run's
   * stay.
   */
  public PipelineResult execute(Pipeline graph, Progress progress, OutputStaging staging) {
    PipelineResult result;
    try {
      result = execute(graph, progress, staging.location());
      if (failed(result.getState())) {
        throw new IllegalStateException("the pipeline ended " + result.getState() + "; the previous results in "
            + staging.output() + " are kept");
      }
    } catch (RuntimeException | Error e) {
      try {
        staging.discard();
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    try {
      staging.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the results from " + staging.location() + " into "
          + staging.output() + ": " + e.getMessage(), e);
    }
    return result;
  }

  private static boolean failed(PipelineResult.State state) {
    return state == PipelineResult.State.FAILED || state == PipelineResult.State.CANCELLED
        || state == PipelineResult.State.STOPPED;
  }

  /**
   * Runs {@code graph} to the end while {@code progress} shows how far it is. Checks first that
   * {@code output} can be written, so that a bad {@code --output} is told before the work, not at the
   * final write.
   */
  public PipelineResult execute(Pipeline graph, Progress progress, String output) {
    OutputFolder.checkWritable(output);
    executedAt = Instant.now();
    long executed = System.nanoTime();
    PipelineResult result;
    try (ProgressLine line = progress.show(pipeline)) {
      result = graph.run();
      result.waitUntilFinish();
    }
    OutputFolder.removeEmptyTempFolder(output);
    long finished = System.nanoTime();
    seconds = (finished - startedNanos) / 1e9;
    pipelineSeconds = (finished - executed) / 1e9;
    return result;
  }

  /** Wall time of the pipeline alone (from {@link #execute} to its end), in seconds. */
  public double pipelineSeconds() {
    return pipelineSeconds;
  }

  /** Wall time from {@link #start} to the end of {@link #execute}, with checks and set-up, in seconds. */
  public double seconds() {
    return seconds;
  }


  /**
   * The end of a generator: report.html with the run's facts, run.json with the files it wrote and
   * the rows each output table wrote ({@link OutputTable#writeTo} counts them).
   */
  public void finishGenerator(String output, String title, RunSummary summary, PipelineResult result) {
    finish(output, factsReport(title, summary), manifest -> manifest.outputsIn(output, List.of())
        .counts(RunMetrics.of(result, OutputTable.NAMESPACE).all()), summary.text());
  }

  /**
   * Ends a finished run that read {@code in} rows and rejected all of them with
   * {@link NothingUsedException} (exit code 3): nothing was computed. Call it after {@link #finish},
   * so that the report, run.json and the dead letters are there to tell why.
   *
   * @param rows what the rows are, for the message (e.g. {@code "rows"}, {@code "bars"})
   */
  public static void requireSomeAccepted(long in, long rejected, String rows, String output) {
    if (in > 0 && rejected >= in) {
      throw new NothingUsedException(String.format(Locale.ROOT,
          "all %,d %s read were rejected, so nothing was computed; the reason of each is in %s", in, rows,
          OutputPaths.child(output, DeadLetterOutput.FOLDER + "/")));
    }
  }

  /** A report of just the run's facts, for pipelines (the generators) that have no charts to show. */
  public static HtmlReport factsReport(String title, RunSummary summary) {
    return new HtmlReport(title, summary.headline()).section("Run").facts(summary.facts());
  }

  /**
   * Writes report.html and then run.json into {@code output} and prints the summary.
   *
   * @param report the report, or null where the pipeline wrote report.html itself (stress does, from
   *     its collated statistics)
   * @param manifest adds the run's own entries (inputs, outputs, counters) to run.json, whose
   *     pipeline, version, runner, options and timings are filled in already
   */
  public void finish(String output, HtmlReport report, UnaryOperator<RunManifest> manifest, String summary) {
    if (report != null) {
      ReportFiles.writeHtml(output, report);
    }
    manifest.apply(new RunManifest(pipeline, options, executedAt, seconds)).writeTo(output);
    System.out.println(summary);
  }
}
