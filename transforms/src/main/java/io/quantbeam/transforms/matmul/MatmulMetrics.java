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
  /** Rows of C compared by Freivalds' check. */
  public static final String ROWS_VERIFIED = "rowsVerified";

  private MatmulMetrics() {}
}
