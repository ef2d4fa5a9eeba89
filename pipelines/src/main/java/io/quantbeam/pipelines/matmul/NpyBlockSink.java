package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.transforms.matmul.BlockSink;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.WritableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import io.quantbeam.transforms.progress.ProgressCounters;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes blocks as {@code block-<i>-<j>.npy} files into a matrix folder through Beam's
 * {@code FileSystems} (local or s3://). A block that does not fit the layout is refused. On S3 an
 * object appears only when complete; either way {@code matrix.json}, written last, is what makes the
 * folder a matrix.
 *
 * @param folder where the blocks go
 * @param layout the layout of the matrix being written
 * @param name the matrix's name in messages, e.g. {@code C}
 */
record NpyBlockSink(MatrixFolder folder, MatrixLayout layout, String name) implements BlockSink {

  private static final long serialVersionUID = 1L;

  /** One transfer buffer per worker thread. */
  private static final ThreadLocal<NpyBlockChannel> CHANNELS = ThreadLocal.withInitial(NpyBlockChannel::new);

  @Override
  public void write(MatrixBlock block) {
    if (!block.fits(layout)) {
      throw new IllegalArgumentException(block + " does not fit " + description() + ", " + layout.describe());
    }
    int i = block.blockRow();
    int j = block.blockCol();
    try (WritableByteChannel channel = FileSystems.create(folder.block(i, j), MimeTypes.BINARY)) {
      CHANNELS.get().write(block, channel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write block " + name + "(" + i + ", " + j + ") to "
          + folder.blockPath(i, j) + ": " + e.getMessage(), e);
    }
    ProgressCounters.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCKS_WRITTEN).inc();
  }

  @Override
  public String description() {
    return name + " at " + folder;
  }
}
