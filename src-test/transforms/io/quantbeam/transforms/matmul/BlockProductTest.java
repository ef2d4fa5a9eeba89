package io.quantbeam.transforms.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.transforms.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

class BlockProductTest {

  // Non-square, with ragged last block rows and columns on every side: A is a 3 × 4 grid, B 4 × 3.
  private static final MatrixLayout A = new MatrixLayout(70, 50, 32, 14);
  private static final MatrixLayout B = new MatrixLayout(50, 90, 14, 40);
  private static final ProductLayout PRODUCT = new ProductLayout(A, B);

  @Test
  void productEqualsTheTripleLoopWithRaggedEdgeBlocks() throws Throwable {
    List<MatrixBlock> a = DenseMatrices.randomBlocks(A, 1);
    List<MatrixBlock> b = DenseMatrices.randomBlocks(B, 2);
    double[] expected = DenseMatrices.multiply(70, 90, 50, DenseMatrices.assemble(a, A), DenseMatrices.assemble(b, B));
    TestPipelines.run(getClass(), "product", pipeline -> {
      PCollection<MatrixBlock> c = multiply(pipeline, a, b);
      PAssert.that(c).satisfies(blocks -> {
        double[] actual = DenseMatrices.assemble(blocks, PRODUCT.output());
        double error = DenseMatrices.relativeFrobenius(actual, expected);
        assertTrue(error < 1e-12, "relative Frobenius error " + error);
        return null;
      });
      pipeline.run();
    });
  }

  @Test
  void singleBlockMatricesMultiply() throws Throwable {
    MatrixLayout row = new MatrixLayout(1, 3, 1, 3);
    MatrixLayout column = new MatrixLayout(3, 1, 3, 1);
    TestPipelines.run(getClass(), "dot", pipeline -> {
      PCollection<MatrixBlock> product = PCollectionTuple
          .of(BlockProduct.LEFT, pipeline.apply("A", Create.of(new MatrixBlock(0, 0, 1, 3, new double[] {1, 2, 3}))
              .withCoder(MatrixBlockCoder.of())))
          .and(BlockProduct.RIGHT, pipeline.apply("B", Create.of(new MatrixBlock(0, 0, 3, 1, new double[] {4, 5, 6}))
              .withCoder(MatrixBlockCoder.of())))
          .apply(BlockProduct.of(new ProductLayout(row, column)));
      PAssert.that(product).containsInAnyOrder(new MatrixBlock(0, 0, 1, 1, new double[] {32}));
      pipeline.run();
    });
  }

  @Test
  void aMissingBlockFailsTheRunNamingIt() {
    List<MatrixBlock> a = new ArrayList<>(DenseMatrices.randomBlocks(A, 1));
    a.removeIf(block -> block.blockRow() == 1 && block.blockCol() == 2);
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> TestPipelines.run(getClass(), "missing", pipeline -> {
          multiply(pipeline, a, DenseMatrices.randomBlocks(B, 2));
          pipeline.run();
        }));
    assertTrue(e.getCause().getMessage().contains("block A(1, 2) is missing"), e.getCause().getMessage());
  }

  @Test
  void aWronglyShapedBlockFailsTheRunNamingIt() {
    List<MatrixBlock> b = new ArrayList<>(DenseMatrices.randomBlocks(B, 2));
    b.removeIf(block -> block.blockRow() == 3 && block.blockCol() == 0);
    b.add(new MatrixBlock(3, 0, 14, 40, new double[14 * 40]));
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> TestPipelines.run(getClass(), "shape", pipeline -> {
          multiply(pipeline, DenseMatrices.randomBlocks(A, 1), b);
          pipeline.run();
        }));
    assertEquals(IllegalArgumentException.class, e.getCause().getClass());
    assertTrue(e.getCause().getMessage().startsWith("block B(3, 0) is 14 x 40, the layout 50 x 90 in blocks of 14 x 40 "
        + "(4 x 3 grid) needs 8 x 40"), e.getCause().getMessage());
  }

  private static PCollection<MatrixBlock> multiply(TestPipeline pipeline, List<MatrixBlock> a, List<MatrixBlock> b) {
    return PCollectionTuple
        .of(BlockProduct.LEFT, pipeline.apply("A", Create.of(a).withCoder(MatrixBlockCoder.of())))
        .and(BlockProduct.RIGHT, pipeline.apply("B", Create.of(b).withCoder(MatrixBlockCoder.of())))
        .apply("Multiply", BlockProduct.of(PRODUCT));
  }
}
