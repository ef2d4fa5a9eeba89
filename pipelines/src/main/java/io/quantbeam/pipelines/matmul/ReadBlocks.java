package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.NpyFormatException;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import io.quantbeam.transforms.matmul.MatrixBlockCoder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads every block of a matrix folder, in parallel, checking each against the layout: a missing,
 * unreadable, truncated or wrongly shaped block (or one holding NaN, when NaN is rejected) fails the
 * run with the block's name, path and what is wrong.
 */
final class ReadBlocks extends PTransform<PBegin, PCollection<MatrixBlock>> {

  private final MatrixFolder folder;
  private final MatrixLayout layout;
  private final String matrixName;
  private final boolean rejectNaN;

  ReadBlocks(MatrixFolder folder, MatrixLayout layout, String matrixName, boolean rejectNaN) {
    this.folder = folder;
    this.layout = layout;
    this.matrixName = matrixName;
    this.rejectNaN = rejectNaN;
  }

  @Override
  public PCollection<MatrixBlock> expand(PBegin begin) {
    return begin
        .apply("Coordinates", new BlockCoordinates(layout))
        .apply("ReadNpy", ParDo.of(new ReadBlockFn(folder, layout, matrixName, rejectNaN)))
        .setCoder(MatrixBlockCoder.of());
  }

  private static final class ReadBlockFn extends DoFn<KV<Integer, Integer>, MatrixBlock> {
    private final MatrixFolder folder;
    private final MatrixLayout layout;
    private final String matrixName;
    private final boolean rejectNaN;
    private final Counter blocksRead = Metrics.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCKS_READ);
    private transient NpyBlockChannel npy;

    ReadBlockFn(MatrixFolder folder, MatrixLayout layout, String matrixName, boolean rejectNaN) {
      this.folder = folder;
      this.layout = layout;
      this.matrixName = matrixName;
      this.rejectNaN = rejectNaN;
    }

    @Setup
    public void setup() {
      npy = new NpyBlockChannel();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Integer> coordinates, OutputReceiver<MatrixBlock> out) {
      int i = coordinates.getKey();
      int j = coordinates.getValue();
      NpyBlockChannel.NpyBlock block;
      try (ReadableByteChannel channel = FileSystems.open(folder.block(i, j))) {
        block = npy.read(channel);
      } catch (FileNotFoundException e) {
        throw bad(i, j, "the file is missing");
      } catch (NpyFormatException e) {
        throw bad(i, j, e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read block " + name(i, j) + " at " + folder.blockPath(i, j) + ": " + e, e);
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
      blocksRead.inc();
      out.output(new MatrixBlock(i, j, rows, cols, block.values()));
    }

    private String name(int i, int j) {
      return matrixName + "(" + i + ", " + j + ")";
    }

    private IllegalArgumentException bad(int i, int j, String problem) {
      return new IllegalArgumentException("bad block " + name(i, j) + " at " + folder.blockPath(i, j) + ": " + problem);
    }
  }
}
