package io.quantbeam.models.matmul;

import java.io.Serializable;

/**
 * Shape and blocking of a dense float64 matrix stored as a grid of blocks: what {@code matrix.json}
 * records ({@code rows}, {@code cols}, {@code blockRows}, {@code blockCols}; dtype {@value #DTYPE},
 * format {@value #FORMAT}).
 *
 * <p>Block (i, j) holds rows {@code [i·blockRows, min((i+1)·blockRows, rows))} and the columns
 * likewise, so the last block row and block column may be ragged (smaller).
 *
 * @param rows number of matrix rows, &gt; 0
 * @param cols number of matrix columns, &gt; 0
 * @param blockRows rows per block (the last block row may hold fewer), &gt; 0
 * @param blockCols columns per block (the last block column may hold fewer), &gt; 0
 */
public record MatrixLayout(int rows, int cols, int blockRows, int blockCols) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The only element type: IEEE 754 binary64, little-endian on storage. */
  public static final String DTYPE = "float64";

  /** Version of the block-matrix storage format. */
  public static final int FORMAT = 1;

  /** Largest block a Java array (and a 32-bit BLAS) can hold. */
  public static final long MAX_BLOCK_ELEMENTS = Integer.MAX_VALUE - 8;

  public MatrixLayout {
    requirePositive("rows", rows);
    requirePositive("cols", cols);
    requirePositive("blockRows", blockRows);
    requirePositive("blockCols", blockCols);
    long elements = (long) Math.min(blockRows, rows) * Math.min(blockCols, cols);
    if (elements > MAX_BLOCK_ELEMENTS) {
      throw new IllegalArgumentException("a block of " + Math.min(blockRows, rows) + " x " + Math.min(blockCols, cols)
          + " values exceeds the " + MAX_BLOCK_ELEMENTS + " values one block may hold; use smaller blocks");
    }
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  /** Number of block rows, ⌈rows / blockRows⌉. */
  public int blockRowCount() {
    return ceilDiv(rows, blockRows);
  }

  /** Number of block columns, ⌈cols / blockCols⌉. */
  public int blockColCount() {
    return ceilDiv(cols, blockCols);
  }

  /** Number of blocks in the grid. */
  public long blockCount() {
    return (long) blockRowCount() * blockColCount();
  }

  /** Rows held by the blocks of block row {@code i} (smaller for a ragged last block row). */
  public int rowsInBlockRow(int i) {
    if (i < 0 || i >= blockRowCount()) {
      throw new IndexOutOfBoundsException("block row " + i + " is outside 0.." + (blockRowCount() - 1));
    }
    return (int) Math.min(blockRows, rows - (long) i * blockRows);
  }

  /** Columns held by the blocks of block column {@code j} (smaller for a ragged last block column). */
  public int colsInBlockCol(int j) {
    if (j < 0 || j >= blockColCount()) {
      throw new IndexOutOfBoundsException("block column " + j + " is outside 0.." + (blockColCount() - 1));
    }
    return (int) Math.min(blockCols, cols - (long) j * blockCols);
  }

  /** Index of the first matrix row of block row {@code i}. */
  public long firstRowOf(int i) {
    rowsInBlockRow(i);
    return (long) i * blockRows;
  }

  /** Index of the first matrix column of block column {@code j}. */
  public long firstColOf(int j) {
    colsInBlockCol(j);
    return (long) j * blockCols;
  }

  /** A readable description, e.g. {@code 2048 x 1000 in blocks of 512 x 300 (4 x 4 grid)}. */
  public String describe() {
    return rows + " x " + cols + " in blocks of " + blockRows + " x " + blockCols + " (" + blockRowCount() + " x "
        + blockColCount() + " grid)";
  }

  private static int ceilDiv(int a, int b) {
    return (int) ((a + (long) b - 1) / b);
  }
}
