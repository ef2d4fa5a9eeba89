package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.NpyFormatException;
import io.quantbeam.transforms.matmul.BlockSource;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The blocks of a matrix folder, read through Beam's {@code FileSystems} (local or s3://) and
 * checked against the layout: a missing, unreadable, truncated or wrongly shaped block (or one
 * holding NaN, when NaN is rejected) fails with the block's name, path and what is wrong.
 *
 * @param folder where the blocks are
 * @param layout the layout from the folder's matrix.json
 * @param name the matrix's name in messages, e.g. {@code A}
 * @param rejectNaN whether a NaN value is an error
 */
record NpyBlockSource(MatrixFolder folder, MatrixLayout layout, String name, boolean rejectNaN) implements BlockSource {

  private static final long serialVersionUID = 1L;

  /** One transfer buffer per worker thread. */
  private static final ThreadLocal<NpyBlockChannel> CHANNELS = ThreadLocal.withInitial(NpyBlockChannel::new);

  @Override
  public MatrixBlock read(int i, int j) {
    NpyBlockChannel.NpyBlock block;
    try (ReadableByteChannel channel = FileSystems.open(folder.block(i, j))) {
      block = CHANNELS.get().read(channel);
    } catch (FileNotFoundException e) {
      throw bad(i, j, "the file is missing");
    } catch (NpyFormatException e) {
      throw bad(i, j, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read block " + name + "(" + i + ", " + j + ") at " + folder.blockPath(i, j)
          + ": " + e, e);
    }
    int rows = layout.rowsInBlockRow(i);
    int cols = layout.colsInBlockCol(j);
    if (block.header().rows() != rows || block.header().cols() != cols) {
      throw bad(i, j, "shape (" + block.header().rows() + ", " + block.header().cols() + "), the layout "
          + layout.describe() + " needs (" + rows + ", " + cols + ")");
    }
    if (rejectNaN) {
      double[] values = block.values();
      for (int e = 0; e < values.length; e++) {
        if (Double.isNaN(values[e])) {
          throw bad(i, j, "NaN at row " + e / cols + ", column " + e % cols + " of the block (--rejectNaN)");
        }
      }
    }
    Metrics.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCKS_READ).inc();
    return new MatrixBlock(i, j, rows, cols, block.values());
  }

  @Override
  public String description() {
    return name + " at " + folder;
  }

  private IllegalArgumentException bad(int i, int j, String problem) {
    return new IllegalArgumentException("bad block " + name + "(" + i + ", " + j + ") at " + folder.blockPath(i, j)
        + ": " + problem);
  }
}
