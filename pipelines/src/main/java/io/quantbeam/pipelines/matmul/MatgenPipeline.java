package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.pipelines.run.Cli;
import io.quantbeam.pipelines.run.Runners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.values.PCollection;

/**
 * A random block matrix (specs/matmul.md, {@code matgen}): blocks generated in parallel from
 * (seed, i, j), written as {@code .npy} files, then {@code matrix.json}.
 */
public final class MatgenPipeline {

  private MatgenPipeline() {}

  public static void main(String[] args) {
    Cli.run(args, MatgenOptions.class, MatgenPipeline::run);
  }

  /** Checks the options, generates and writes the matrix, prints a summary. */
  public static PipelineResult run(MatgenOptions options) {
    MatrixLayout layout = new MatrixLayout(options.getRows(), options.getCols(), options.getBlockRows(),
        options.getBlockCols());
    return generate(options, layout, options.getSeed(), new MatrixFolder(options.getOutput()));
  }

  /** Writes the random matrix of {@code seed} with {@code layout} to {@code folder}, with the runner of {@code options}. */
  static PipelineResult generate(PipelineOptions options, MatrixLayout layout, long seed, MatrixFolder folder) {
    long started = System.nanoTime();
    FileSystems.setDefaultPipelineOptions(options);
    Runners.tune(options);
    try {
      folder.clearForWriting();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + folder + " for writing: " + e.getMessage(), e);
    }
    Pipeline pipeline = Pipeline.create(options);
    PCollection<Long> written = pipeline
        .apply("GenerateAndWrite", new GenerateBlocks(layout, seed, new NpyBlockSink(folder, layout, "matrix")))
        .apply("CountWritten", Count.globally());
    pipeline.apply("Commit", CommitMatrix.after(folder, layout, written));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "matgen: %s, seed %d, %d blocks (%.1f MiB) written to %s in %.2f s (%s)%n",
        layout.describe(), seed, layout.blockCount(), 8.0 * layout.rows() * layout.cols() / (1 << 20), folder, seconds,
        Runners.name(options));
    return result;
  }
}
