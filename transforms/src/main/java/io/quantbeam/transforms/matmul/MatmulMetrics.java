package io.quantbeam.transforms.matmul;

/** Names of the Beam counters of the matmul pipelines. */
public final class MatmulMetrics {

  public static final String NAMESPACE = "matmul";
  /** Block products A(i, k)·B(k, j) computed. */
  public static final String BLOCK_PRODUCTS = "blockProducts";
  /** Blocks read from storage. */
  public static final String BLOCKS_READ = "blocksRead";
  /** Blocks written to storage. */
  public static final String BLOCKS_WRITTEN = "blocksWritten";
  /** Blocks of C holding NaN or ±∞. */
  public static final String NON_FINITE_OUTPUT_BLOCKS = "nonFiniteOutputBlocks";
  /**
   * Namespace of one gauge per input block that holds NaN or ±∞, named by the block (e.g.
   * {@code block (1, 2) of A at /data/a}), holding the number of such values.
   */
  public static final String NON_FINITE_INPUTS = "matmul.nonFiniteInputs";
  /** Rows of C compared by Freivalds' check. */
  public static final String ROWS_VERIFIED = "rowsVerified";

  private MatmulMetrics() {}
}
