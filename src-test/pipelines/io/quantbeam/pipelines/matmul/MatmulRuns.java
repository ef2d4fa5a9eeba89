package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the real pipeline entry points with command-line style options, and reads matrices back. */
final class MatmulRuns {

  private MatmulRuns() {}

  static PipelineResult matgen(Path output, int rows, int cols, int blockRows, int blockCols, long seed) {
    PipelineOptionsFactory.register(MatgenOptions.class);
    return MatgenPipeline.run(PipelineOptionsFactory.fromArgs("--rows=" + rows, "--cols=" + cols,
        "--blockRows=" + blockRows, "--blockCols=" + blockCols, "--seed=" + seed, "--output=" + output)
        .withValidation().as(MatgenOptions.class));
  }

  static PipelineResult matmul(Path a, Path b, Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("--a=" + a, "--b=" + b, "--output=" + output));
    args.addAll(Arrays.asList(more));
    PipelineOptionsFactory.register(MatmulOptions.class);
    return MatmulPipeline.run(PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
        .as(MatmulOptions.class));
  }

  /** The whole matrix stored in {@code folder}, row-major, after checking matrix.json and every block. */
  static double[] readDense(Path folder) {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    MatrixFolder matrix = new MatrixFolder(folder.toString());
    NpyBlockChannel npy = new NpyBlockChannel();
    try {
      MatrixLayout layout = matrix.readLayout();
      double[] dense = new double[layout.rows() * layout.cols()];
      for (int i = 0; i < layout.blockRowCount(); i++) {
        for (int j = 0; j < layout.blockColCount(); j++) {
          NpyBlockChannel.NpyBlock block;
          try (ReadableByteChannel channel = FileSystems.open(matrix.block(i, j))) {
            block = npy.read(channel);
          }
          MatrixBlock placed = new MatrixBlock(i, j, block.header().rows(), block.header().cols(), block.values());
          if (!placed.fits(layout)) {
            throw new AssertionError(placed + " does not fit " + layout.describe());
          }
          for (int r = 0; r < placed.rows(); r++) {
            System.arraycopy(placed.values(), r * placed.cols(), dense,
                (int) ((layout.firstRowOf(i) + r) * layout.cols() + layout.firstColOf(j)), placed.cols());
          }
        }
      }
      return dense;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MatrixLayout layout(Path folder) {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    try {
      return new MatrixFolder(folder.toString()).readLayout();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The textbook triple loop: row-major C = A·B. */
  static double[] tripleLoop(int m, int n, int k, double[] a, double[] b) {
    double[] c = new double[m * n];
    for (int r = 0; r < m; r++) {
      for (int col = 0; col < n; col++) {
        double sum = 0.0;
        for (int t = 0; t < k; t++) {
          sum += a[r * k + t] * b[t * n + col];
        }
        c[r * n + col] = sum;
      }
    }
    return c;
  }

  /** ‖x − y‖_F / ‖y‖_F. */
  static double relativeFrobenius(double[] x, double[] y) {
    double diff = 0;
    double norm = 0;
    for (int e = 0; e < x.length; e++) {
      diff += (x[e] - y[e]) * (x[e] - y[e]);
      norm += y[e] * y[e];
    }
    return Math.sqrt(diff / norm);
  }
}
