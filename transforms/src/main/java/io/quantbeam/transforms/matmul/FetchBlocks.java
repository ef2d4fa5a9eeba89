package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.util.Objects;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * The blocks behind references, fetched from their {@link BlockSource} — through the worker's
 * {@link BlockCache} for a matrix that other steps of the run also read, directly otherwise.
 */
public final class FetchBlocks extends PTransform<PCollection<BlockRef>, PCollection<MatrixBlock>> {

  private final BlockSource source;
  private final String runToken;

  private FetchBlocks(BlockSource source, String runToken) {
    this.source = Objects.requireNonNull(source, "source");
    this.runToken = runToken;
  }

  /** Fetches through the worker's cache, shared with the other steps of the run {@code runToken}. */
  public static FetchBlocks cached(BlockSource source, String runToken) {
    return new FetchBlocks(source, Objects.requireNonNull(runToken, "runToken"));
  }

  /** Fetches every block afresh, e.g. to read back what the run has just written. */
  public static FetchBlocks uncached(BlockSource source) {
    return new FetchBlocks(source, null);
  }

  @Override
  public PCollection<MatrixBlock> expand(PCollection<BlockRef> refs) {
    return refs.apply("Fetch", ParDo.of(new FetchFn(source, runToken))).setCoder(MatrixBlockCoder.of());
  }

  private static final class FetchFn extends DoFn<BlockRef, MatrixBlock> {
    private final BlockSource source;
    private final String runToken;

    FetchFn(BlockSource source, String runToken) {
      this.source = source;
      this.runToken = runToken;
    }

    @ProcessElement
    public void process(@Element BlockRef ref, OutputReceiver<MatrixBlock> out) {
      MatrixBlock block = runToken == null
          ? source.read(ref.blockRow(), ref.blockCol())
          : BlockCache.shared().get(runToken, source, ref.blockRow(), ref.blockCol());
      if (block.rows() != ref.rows() || block.cols() != ref.cols()) {
        throw new IllegalArgumentException("block (" + ref.blockRow() + ", " + ref.blockCol() + ") of "
            + source.description() + " is " + block.rows() + " x " + block.cols() + ", expected " + ref.rows() + " x "
            + ref.cols());
      }
      out.output(block);
    }
  }
}
