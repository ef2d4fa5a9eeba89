package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatrixLayoutTest {

  @Test
  void raggedEdgeBlocksAreSmaller() {
    MatrixLayout layout = new MatrixLayout(70, 50, 32, 16);
    assertEquals(3, layout.blockRowCount());
    assertEquals(4, layout.blockColCount());
    assertEquals(12, layout.blockCount());
    assertEquals(32, layout.rowsInBlockRow(1));
    assertEquals(6, layout.rowsInBlockRow(2));
    assertEquals(2, layout.colsInBlockCol(3));
    assertEquals(64, layout.firstRowOf(2));
    assertEquals(48, layout.firstColOf(3));
    assertThrows(IndexOutOfBoundsException.class, () -> layout.rowsInBlockRow(3));
    assertThrows(IndexOutOfBoundsException.class, () -> layout.colsInBlockCol(-1));
  }

  @Test
  void blocksLargerThanTheMatrixHoldTheWholeMatrix() {
    MatrixLayout layout = new MatrixLayout(10, 3, 512, 512);
    assertEquals(1, layout.blockCount());
    assertEquals(10, layout.rowsInBlockRow(0));
    assertEquals(3, layout.colsInBlockCol(0));
  }

  @Test
  void rejectsNonPositiveAndOversizedShapes() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> new MatrixLayout(0, 5, 2, 2));
    assertEquals("rows must be > 0, got 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MatrixLayout(5, 5, 2, -1));
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> new MatrixLayout(100_000, 100_000, 50_000, 50_000));
    assertTrue(huge.getMessage().contains("use smaller blocks"), huge.getMessage());
  }

  @Test
  void productLayoutTakesOuterBlockingFromEachSide() {
    ProductLayout product = new ProductLayout(new MatrixLayout(70, 50, 32, 16), new MatrixLayout(50, 90, 16, 40));
    assertEquals(new MatrixLayout(70, 90, 32, 40), product.output());
    assertEquals(3, product.outerRowBlocks());
    assertEquals(4, product.innerBlocks());
    assertEquals(3, product.outerColBlocks());
    assertEquals(2.0 * 70 * 50 * 90, product.flops());
  }

  @Test
  void mismatchedProductsAreRejectedWithTheReason() {
    IllegalArgumentException dims = assertThrows(IllegalArgumentException.class,
        () -> new ProductLayout(new MatrixLayout(70, 50, 32, 16), new MatrixLayout(60, 90, 16, 40)));
    assertEquals("cannot multiply A (70 x 50) by B (60 x 90): A has 50 columns but B has 60 rows", dims.getMessage());
    IllegalArgumentException blocking = assertThrows(IllegalArgumentException.class,
        () -> new ProductLayout(new MatrixLayout(70, 50, 32, 16), new MatrixLayout(50, 90, 20, 40)));
    assertEquals("A's column blocking must equal B's row blocking: A has blockCols=16 but B has blockRows=20; "
        + "re-block one of them", blocking.getMessage());
  }

  @Test
  void blocksCheckTheirShape() {
    MatrixLayout layout = new MatrixLayout(70, 50, 32, 16);
    assertTrue(new MatrixBlock(2, 3, 6, 2, new double[12]).fits(layout));
    assertTrue(!new MatrixBlock(2, 3, 32, 2, new double[64]).fits(layout));
    assertTrue(!new MatrixBlock(3, 0, 6, 16, new double[96]).fits(layout));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MatrixBlock(0, 1, 2, 3, new double[5]));
    assertEquals("block (0, 1) of 2 x 3 needs 6 values, got 5", e.getMessage());
  }
}
