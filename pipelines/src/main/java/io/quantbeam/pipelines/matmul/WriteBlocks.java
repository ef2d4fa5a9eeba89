package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.WritableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes each block as {@code block-<i>-<j>.npy} in the folder, and outputs how many were written
 * (one element), which {@link CommitMatrix} waits for. A block that does not fit the layout fails
 * the run. Rewriting a block after a retry gives the same file.
 */
final class WriteBlocks extends PTransform<PCollection<MatrixBlock>, PCollection<Long>> {

  private final MatrixFolder folder;
  private final MatrixLayout layout;

  WriteBlocks(MatrixFolder folder, MatrixLayout layout) {
    this.folder = folder;
    this.layout = layout;
  }

  @Override
  public PCollection<Long> expand(PCollection<MatrixBlock> blocks) {
    return blocks
        .apply("WriteNpy", ParDo.of(new WriteBlockFn(folder, layout)))
        .apply("CountWritten", Count.globally());
  }

  private static final class WriteBlockFn extends DoFn<MatrixBlock, String> {
    private final MatrixFolder folder;
    private final MatrixLayout layout;
    private final Counter blocksWritten = Metrics.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCKS_WRITTEN);
    private transient NpyBlockChannel npy;

    WriteBlockFn(MatrixFolder folder, MatrixLayout layout) {
      this.folder = folder;
      this.layout = layout;
    }

    @Setup
    public void setup() {
      npy = new NpyBlockChannel();
    }

    @ProcessElement
    public void process(@Element MatrixBlock block, OutputReceiver<String> out) {
      if (!block.fits(layout)) {
        throw new IllegalStateException(block + " does not fit the output layout " + layout.describe());
      }
      String path = folder.blockPath(block.blockRow(), block.blockCol());
      try (WritableByteChannel channel = FileSystems.create(folder.block(block.blockRow(), block.blockCol()),
          MimeTypes.BINARY)) {
        npy.write(block, channel);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write block " + path + ": " + e.getMessage(), e);
      }
      blocksWritten.inc();
      out.output(path);
    }
  }
}
