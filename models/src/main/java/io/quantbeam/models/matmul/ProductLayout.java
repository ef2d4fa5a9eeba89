package io.quantbeam.models.matmul;

import java.io.Serializable;

import java.util.Objects;

/**
 * The block grids of a product C = A·B: A is an I×K grid of blocks, B a K×J grid, C an I×J grid
 * with A's block rows and B's block columns. Construction checks that the inner dimensions and the
 * inner blocking agree, so a mismatch is reported before any work.
 *
 * @param left the layout of A
 * @param right the layout of B
 */
public record ProductLayout(MatrixLayout left, MatrixLayout right) implements Serializable {

  private static final long serialVersionUID = 1L;

  public ProductLayout {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (left.cols() != right.rows()) {
      throw new IllegalArgumentException("cannot multiply A (" + left.rows() + " x " + left.cols() + ") by B ("
          + right.rows() + " x " + right.cols() + "): A has " + left.cols() + " columns but B has " + right.rows()
          + " rows");
    }
    if (left.blockCols() != right.blockRows()) {
      throw new IllegalArgumentException("A's column blocking must equal B's row blocking: A has blockCols="
          + left.blockCols() + " but B has blockRows=" + right.blockRows() + "; re-block one of them");
    }
  }

  /** The layout of C: A's rows and block rows, B's columns and block columns. */
  public MatrixLayout output() {
    return new MatrixLayout(left.rows(), right.cols(), left.blockRows(), right.blockCols());
  }

  /** I, the number of block rows of A and C. */
  public int outerRowBlocks() {
    return left.blockRowCount();
  }

  /** J, the number of block columns of B and C. */
  public int outerColBlocks() {
    return right.blockColCount();
  }

  /** K, the number of block columns of A (= block rows of B) summed over for each block of C. */
  public int innerBlocks() {
    return left.blockColCount();
  }

  /** Floating-point operations of the product, 2·rows(A)·cols(A)·cols(B). */
  public double flops() {
    return 2.0 * left.rows() * left.cols() * right.cols();
  }
}
