package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.io.Serializable;
import java.util.Objects;

/**
 * Fetches the block behind a reference from its {@link BlockSource} — through the worker's
 * {@link BlockCache} for a matrix that several tasks of the run read, directly otherwise — and checks
 * it has the reference's shape. Steps that fetch a block use it and drop the block when done with it,
 * so no step outputs blocks: a runner that materialises a step's output (the Direct runner does)
 * never holds a matrix.
 *
 * @param source where the blocks are
 * @param runToken the run whose cache entries to use, or null to read every block afresh
 */
public record BlockFetch(BlockSource source, String runToken) implements Serializable {

  private static final long serialVersionUID = 1L;

  public BlockFetch {
    Objects.requireNonNull(source, "source");
  }

  /** Fetches through the worker's cache, shared with the other steps of the run {@code runToken}. */
  public static BlockFetch cached(BlockSource source, String runToken) {
    return new BlockFetch(source, Objects.requireNonNull(runToken, "runToken"));
  }

  /** Fetches every block afresh, e.g. to read back what the run has just written. */
  public static BlockFetch uncached(BlockSource source) {
    return new BlockFetch(source, null);
  }

  /**
   * The block behind {@code ref}.
   *
   * @throws IllegalArgumentException naming the block if its shape is not the reference's
   */
  public MatrixBlock get(BlockRef ref) {
    MatrixBlock block = runToken == null
        ? source.read(ref.blockRow(), ref.blockCol())
        : BlockCache.shared().get(runToken, source, ref.blockRow(), ref.blockCol());
    if (block.rows() != ref.rows() || block.cols() != ref.cols()) {
      throw new IllegalArgumentException("block (" + ref.blockRow() + ", " + ref.blockCol() + ") of "
          + source.description() + " is " + block.rows() + " x " + block.cols() + ", expected " + ref.rows() + " x "
          + ref.cols());
    }
    return block;
  }
}
