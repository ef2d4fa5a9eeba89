package io.quantbeam.transforms.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.matmul.FreivaldsProbe;
import io.quantbeam.models.matmul.FreivaldsVerdict;
import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.transforms.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

class FreivaldsCheckTest {

  private static final MatrixLayout A = new MatrixLayout(70, 50, 32, 14);
  private static final MatrixLayout B = new MatrixLayout(50, 90, 14, 40);
  private static final ProductLayout PRODUCT = new ProductLayout(A, B);
  private static final List<MatrixBlock> A_BLOCKS = DenseMatrices.randomBlocks(A, 1);
  private static final List<MatrixBlock> B_BLOCKS = DenseMatrices.randomBlocks(B, 2);

  @Test
  void aCorrectProductPasses() throws Throwable {
    check(correctProduct(), verdict -> {
      assertTrue(verdict.passed(), verdict.describe());
      assertTrue(verdict.worstRatio() < 1e-14, verdict.describe());
      assertEquals(70, verdict.rowsChecked());
      return null;
    });
  }

  @Test
  void aSingleCorruptedElementIsCaught() throws Throwable {
    // Element (37, 61) of C sits in block (1, 1) at (5, 21). Change it by 1e-4 of its size: far beyond
    // rounding (~1e-16), and beyond the tolerance, 1e-9 of the row's bound |A|·(|B|·|x|) (~1e3 here).
    List<MatrixBlock> c = new ArrayList<>();
    for (MatrixBlock block : correctProduct()) {
      if (block.blockRow() == 1 && block.blockCol() == 1) {
        double[] values = block.values().clone();
        values[5 * block.cols() + 21] *= 1 + 1e-4;
        block = new MatrixBlock(1, 1, block.rows(), block.cols(), values);
      }
      c.add(block);
    }
    check(c, verdict -> {
      assertFalse(verdict.passed(), verdict.describe());
      assertEquals(37, verdict.worstRow());
      assertEquals(70, verdict.rowsChecked());
      return null;
    });
  }

  @Test
  void aMissingBlockOfCFailsTheCheckNamingTheBlockRow() {
    List<MatrixBlock> c = new ArrayList<>(correctProduct());
    c.removeIf(block -> block.blockRow() == 2 && block.blockCol() == 1);
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class, () -> check(c, verdict -> null));
    assertTrue(e.getCause().getMessage().contains("Freivalds' check of block row 2 needs blocks 0..2 of C's block row 2, "
        + "got [0, 2]"), e.getCause().getMessage());
  }

  private static List<MatrixBlock> correctProduct() {
    double[] c = DenseMatrices.multiply(70, 90, 50, DenseMatrices.assemble(A_BLOCKS, A),
        DenseMatrices.assemble(B_BLOCKS, B));
    MatrixLayout layout = PRODUCT.output();
    List<MatrixBlock> blocks = new ArrayList<>();
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        int rows = layout.rowsInBlockRow(i);
        int cols = layout.colsInBlockCol(j);
        double[] values = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
          System.arraycopy(c, (int) ((layout.firstRowOf(i) + r) * layout.cols() + layout.firstColOf(j)), values,
              r * cols, cols);
        }
        blocks.add(new MatrixBlock(i, j, rows, cols, values));
      }
    }
    return blocks;
  }

  private void check(List<MatrixBlock> c, SerializableFunction<FreivaldsVerdict, Void> assertions) throws Throwable {
    TestPipelines.run(getClass(), "freivalds", pipeline -> {
      MemorySink a = MemorySink.of(A_BLOCKS);
      MemorySink b = MemorySink.of(B_BLOCKS);
      MemorySink product = MemorySink.of(c);
      PCollection<FreivaldsVerdict> verdict = PCollectionTuple
          .of(FreivaldsCheck.A, pipeline.apply("A", Create.of(a.refs()).withCoder(BlockRef.Coder.of())))
          .and(FreivaldsCheck.B, pipeline.apply("B", Create.of(b.refs()).withCoder(BlockRef.Coder.of())))
          .and(FreivaldsCheck.C, pipeline.apply("C", Create.of(product.refs()).withCoder(BlockRef.Coder.of())))
          .apply("Check", FreivaldsCheck.of(PRODUCT, new FreivaldsProbe(9, 2), 1e-9, BlockFetch.cached(a, "run"),
              BlockFetch.cached(b, "run"), BlockFetch.uncached(product)));
      PAssert.thatSingleton(verdict).satisfies(assertions);
      pipeline.run();
    });
  }
}
