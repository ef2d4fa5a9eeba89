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
import java.util.UUID;
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
    SeededSource a = new SeededSource("A-product", A, 1);
    SeededSource b = new SeededSource("B-product", B, 2);
    double[] expected = DenseMatrices.multiply(70, 90, 50, DenseMatrices.assemble(a.blocks(), A),
        DenseMatrices.assemble(b.blocks(), B));
    MemorySink c = MemorySink.create();
    TestPipelines.run(getClass(), "product", pipeline -> {
      PCollection<BlockRef> written = multiply(pipeline, a, a.refs(), b, b.refs(), c);
      PAssert.that(written).containsInAnyOrder(BlockRef.allOf(PRODUCT.output()));
      pipeline.run();
    });
    double error = DenseMatrices.relativeFrobenius(DenseMatrices.assemble(c.blocks(), PRODUCT.output()), expected);
    assertTrue(error < 1e-12, "relative Frobenius error " + error);
    // Each of the 12 + 12 blocks is fetched once however many output blocks use it (3 or 4 each).
    assertEquals(12, SeededSource.reads("A-product"));
    assertEquals(12, SeededSource.reads("B-product"));
  }

  @Test
  void singleBlockMatricesMultiply() throws Throwable {
    MatrixLayout row = new MatrixLayout(1, 3, 1, 3);
    MatrixLayout column = new MatrixLayout(3, 1, 3, 1);
    SeededSource a = new SeededSource("row", row, 3);
    SeededSource b = new SeededSource("column", column, 4);
    MatrixBlock x = a.read(0, 0);
    MatrixBlock y = b.read(0, 0);
    double dot = x.values()[0] * y.values()[0] + x.values()[1] * y.values()[1] + x.values()[2] * y.values()[2];
    MemorySink c = MemorySink.create();
    TestPipelines.run(getClass(), "dot", pipeline -> {
      PCollection<BlockRef> product = PCollectionTuple
          .of(BlockProduct.LEFT, pipeline.apply("A", Create.of(a.refs()).withCoder(BlockRef.Coder.of())))
          .and(BlockProduct.RIGHT, pipeline.apply("B", Create.of(b.refs()).withCoder(BlockRef.Coder.of())))
          .apply(BlockProduct.of(new ProductLayout(row, column), a, b, c, UUID.randomUUID().toString()));
      PAssert.thatSingleton(product).isEqualTo(new BlockRef(0, 0, 1, 1));
      pipeline.run();
    });
    assertEquals(dot, c.blocks().get(0).values()[0], 1e-15);
  }

  @Test
  void aMissingBlockFailsTheRunNamingIt() {
    SeededSource a = new SeededSource("A", A, 1);
    SeededSource b = new SeededSource("B", B, 2);
    List<BlockRef> refs = new ArrayList<>(a.refs());
    refs.removeIf(ref -> ref.blockRow() == 1 && ref.blockCol() == 2);
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> TestPipelines.run(getClass(), "missing", pipeline -> {
          multiply(pipeline, a, refs, b, b.refs(), MemorySink.create());
          pipeline.run();
        }));
    assertTrue(e.getCause().getMessage().startsWith("block (1, 2) of A is missing: output block (1, "),
        e.getCause().getMessage());
  }

  @Test
  void aBlockThatDoesNotFitTheLayoutFailsTheRunNamingIt() {
    SeededSource a = new SeededSource("A", A, 1);
    SeededSource b = new SeededSource("B", B, 2);
    List<BlockRef> refs = new ArrayList<>(b.refs());
    refs.removeIf(ref -> ref.blockRow() == 3 && ref.blockCol() == 0);
    refs.add(new BlockRef(3, 0, 14, 40));
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> TestPipelines.run(getClass(), "shape", pipeline -> {
          multiply(pipeline, a, a.refs(), b, refs, MemorySink.create());
          pipeline.run();
        }));
    assertEquals("block (3, 0) of B is 14 x 40, the layout 50 x 90 in blocks of 14 x 40 (4 x 3 grid) needs 8 x 40",
        e.getCause().getMessage());
  }

  @Test
  void aFetchedBlockOfTheWrongShapeFailsTheRunNamingIt() {
    SeededSource a = new SeededSource("A-bad", A, 1, 2, 1);
    SeededSource b = new SeededSource("B", B, 2);
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class,
        () -> TestPipelines.run(getClass(), "fetched", pipeline -> {
          multiply(pipeline, a, a.refs(), b, b.refs(), MemorySink.create());
          pipeline.run();
        }));
    assertEquals("block (2, 1) of A-bad is 7 x 1, expected 6 x 14", e.getCause().getMessage());
  }

  private static PCollection<BlockRef> multiply(TestPipeline pipeline, BlockSource a, List<BlockRef> aRefs,
      BlockSource b, List<BlockRef> bRefs, BlockSink c) {
    return PCollectionTuple
        .of(BlockProduct.LEFT, pipeline.apply("A", Create.of(aRefs).withCoder(BlockRef.Coder.of())))
        .and(BlockProduct.RIGHT, pipeline.apply("B", Create.of(bRefs).withCoder(BlockRef.Coder.of())))
        .apply("Multiply", BlockProduct.of(PRODUCT, a, b, c, UUID.randomUUID().toString()));
  }
}
