package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.values.PCollection;

/**
 * A random block matrix (specs/matmul.md, {@code matgen}): blocks generated in parallel from
 * (seed, i, j), written as {@code .npy} files, then {@code matrix.json}.
 */
public final class MatgenPipeline {

  private MatgenPipeline() {}

  /** The catalog entry: {@code -Dpipeline=matgen}. */
  public static final PipelineEntry<MatgenOptions> ENTRY = new PipelineEntry<>("matgen",
      "Random block matrix (.npy blocks and matrix.json) from a seed", MatgenOptions.class, MatgenPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  /** Checks the options, generates and writes the matrix, prints a summary; report.html and run.json go beside it. */
  public static PipelineResult run(MatgenOptions options) {
    MatrixLayout layout = new MatrixLayout(options.getRows(), options.getCols(), options.getBlockRows(),
        options.getBlockCols());
    MatrixFolder folder = new MatrixFolder(options.getOutput());
    PipelineRun run = ENTRY.start(options);
    OutputStaging staging = run.stage(folder.location(), MatrixFolder.FILES);
    PipelineResult result = run.execute(graph(options, layout, options.getSeed(), new MatrixFolder(staging.location())),
        Progress.of(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCKS_WRITTEN, "blocks", layout::blockCount),
        staging);
    RunSummary summary = summary(options, layout, options.getSeed(), folder, run.seconds());
    run.finish(folder.location(), PipelineRun.factsReport("Random block matrix", summary),
        manifest -> manifest.outputsIn(folder.location(), List.of())
            .counts(RunMetrics.of(result, MatmulMetrics.NAMESPACE).all()),
        summary.text());
    return result;
  }

  /**
   * Writes the random matrix of {@code seed} with {@code layout} to {@code folder} (replacing what
   * is there: the sample's inputs), with the runner of {@code options}.
   */
  static PipelineResult generate(PipelineOptions options, MatrixLayout layout, long seed, MatrixFolder folder) {
    long started = System.nanoTime();
    Runners.tune(options);
    try {
      folder.clearForWriting();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + folder + " for writing: " + e.getMessage(), e);
    }
    PipelineResult result = graph(options, layout, seed, folder).run();
    result.waitUntilFinish();
    System.out.print(summary(options, layout, seed, folder, (System.nanoTime() - started) / 1e9).text());
    return result;
  }

  private static RunSummary summary(PipelineOptions options, MatrixLayout layout, long seed, MatrixFolder folder,
      double seconds) {
    return new RunSummary(ENTRY.name(), String.format(Locale.ROOT, "%s, seed %d, %d blocks (%.1f MiB) in %.2f s (%s)",
        layout.describe(), seed, layout.blockCount(), 8.0 * layout.rows() * layout.cols() / (1 << 20), seconds,
        Runners.name(options)), 10).fact("written to", folder.toString());
  }

  /** The generating pipeline, writing into an emptied {@code folder} (the options must be tuned already). */
  private static Pipeline graph(PipelineOptions options, MatrixLayout layout, long seed, MatrixFolder folder) {
    Pipeline pipeline = Pipeline.create(options);
    PCollection<Long> written = pipeline
        .apply("GenerateAndWrite", new GenerateBlocks(layout, seed, new NpyBlockSink(folder, layout, "matrix")))
        .apply("CountWritten", Count.globally());
    pipeline.apply("Commit", CommitMatrix.after(folder, layout, written));
    return pipeline;
  }
}
