package io.quantbeam.models.matmul;

import java.util.Arrays;
import java.util.Objects;

/**
 * One block of a blocked matrix: its grid coordinates and its values, row-major (C order).
 *
 * <p>The values array is not copied — blocks are large and travel through pipelines by reference
 * — so whoever builds a block hands its array over and nobody writes to it afterwards.
 *
 * @param blockRow block row index i, &ge; 0
 * @param blockCol block column index j, &ge; 0
 * @param rows rows in this block, &gt; 0
 * @param cols columns in this block, &gt; 0
 * @param values {@code rows·cols} values, element (r, c) at {@code r·cols + c}
 */
public record MatrixBlock(int blockRow, int blockCol, int rows, int cols, double[] values) {

  public MatrixBlock {
    if (blockRow < 0 || blockCol < 0) {
      throw new IllegalArgumentException("block coordinates must be >= 0, got (" + blockRow + ", " + blockCol + ")");
    }
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("block (" + blockRow + ", " + blockCol + ") must have a positive shape, got "
          + rows + " x " + cols);
    }
    Objects.requireNonNull(values, "values");
    if (values.length != (long) rows * cols) {
      throw new IllegalArgumentException("block (" + blockRow + ", " + blockCol + ") of " + rows + " x " + cols
          + " needs " + (long) rows * cols + " values, got " + values.length);
    }
  }

  /** Number of NaN and ±∞ values in the block. */
  public long nonFiniteValues() {
    long count = 0;
    for (double value : values) {
      if (!Double.isFinite(value)) {
        count++;
      }
    }
    return count;
  }

  /** True if this block has the shape the layout gives block (blockRow, blockCol). */
  public boolean fits(MatrixLayout layout) {
    return blockRow < layout.blockRowCount() && blockCol < layout.blockColCount()
        && rows == layout.rowsInBlockRow(blockRow) && cols == layout.colsInBlockCol(blockCol);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatrixBlock b && blockRow == b.blockRow && blockCol == b.blockCol && rows == b.rows
        && cols == b.cols && Arrays.equals(values, b.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(blockRow, blockCol, rows, cols, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "MatrixBlock[(" + blockRow + ", " + blockCol + "), " + rows + " x " + cols + "]";
  }
}
