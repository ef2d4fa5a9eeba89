package io.quantbeam.models.matmul;

import java.io.Serializable;

/**
 * Random matrices for tests and benchmarks: the values of block (i, j) are uniform on [-1, 1) and
 * depend only on (seed, i, j) and the position inside the block, never on which worker builds the
 * block or in what order.
 *
 * @param seed the matrix's seed
 */
public record SeededBlockGenerator(long seed) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Block (i, j) of a matrix with the given layout. */
  public MatrixBlock block(MatrixLayout layout, int i, int j) {
    int rows = layout.rowsInBlockRow(i);
    int cols = layout.colsInBlockCol(j);
    double[] values = new double[rows * cols];
    fill(i, j, values);
    return new MatrixBlock(i, j, rows, cols, values);
  }

  /** Fills {@code values} (block (i, j), row-major) with its values. */
  public void fill(int i, int j, double[] values) {
    long key = SplitMix.key(SplitMix.key(seed, i), j);
    for (int e = 0; e < values.length; e++) {
      values[e] = 2.0 * SplitMix.unit(SplitMix.bits(key, e)) - 1.0;
    }
  }
}
