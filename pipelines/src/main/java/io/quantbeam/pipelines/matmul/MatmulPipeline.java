package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.FreivaldsProbe;
import io.quantbeam.models.matmul.FreivaldsVerdict;
import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.pipelines.Cli;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.transforms.matmul.BlockProduct;
import io.quantbeam.transforms.matmul.BlockRef;
import io.quantbeam.transforms.matmul.FreivaldsCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * C = A·B for block matrices on storage (specs/matmul.md): list the blocks of A and B → join their
 * references per output block → fetch and multiply with BLAS dgemm → write the blocks of C →
 * (Freivalds' check) → write {@code matrix.json}. Without inputs it generates a sample A and B first,
 * and always verifies.
 */
public final class MatmulPipeline {

  static final String SAMPLE_OUTPUT = "out/matmul";
  static final long SAMPLE_SEED_A = 1;
  static final long SAMPLE_SEED_B = 2;
  /** Seed of Freivalds' probe vectors; fixed so that a rerun checks the same way. */
  static final long VERIFY_SEED = 0x5eed_f4e1_7a1dL;

  private MatmulPipeline() {}

  public static void main(String[] args) {
    Cli.run(args, MatmulOptions.class, MatmulPipeline::run);
  }

  /** Checks the options and both inputs, runs the product to the end, prints the summary. */
  public static PipelineResult run(MatmulOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    boolean sample = options.getA() == null && options.getB() == null;
    if (options.getA() == null || options.getB() == null) {
      if (!sample) {
        throw new IllegalArgumentException("give both --a and --b, or neither for the built-in sample");
      }
    }
    MatrixFolder output = new MatrixFolder(options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT);
    MatrixFolder a;
    MatrixFolder b;
    if (sample) {
      a = new MatrixFolder(output.location().replaceAll("/+$", "") + "-inputs/a");
      b = new MatrixFolder(output.location().replaceAll("/+$", "") + "-inputs/b");
      MatrixLayout square = new MatrixLayout(options.getSampleSize(), options.getSampleSize(),
          options.getSampleBlockSize(), options.getSampleBlockSize());
      MatgenPipeline.generate(options, square, SAMPLE_SEED_A, a);
      MatgenPipeline.generate(options, square, SAMPLE_SEED_B, b);
    } else {
      a = new MatrixFolder(options.getA());
      b = new MatrixFolder(options.getB());
    }
    boolean verify = sample || options.getVerify();
    long started = System.nanoTime();

    ProductLayout product;
    try {
      requireDistinct(output, a, "--a");
      requireDistinct(output, b, "--b");
      MatrixLayout aLayout = a.readLayout();
      MatrixLayout bLayout = b.readLayout();
      product = new ProductLayout(aLayout, bLayout);
      a.checkBlocksPresent(aLayout, "A");
      b.checkBlocksPresent(bLayout, "B");
      Runners.tune(options);
      output.clearForWriting();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the inputs or prepare " + output + ": " + e.getMessage(), e);
    }

    // Blocks stay in storage: the join moves references, the product tasks fetch the values.
    String runToken = UUID.randomUUID().toString();
    NpyBlockSource aSource = new NpyBlockSource(a, product.left(), "A", options.getRejectNaN());
    NpyBlockSource bSource = new NpyBlockSource(b, product.right(), "B", options.getRejectNaN());
    Pipeline pipeline = Pipeline.create(options);
    PCollection<MatrixBlock> c = PCollectionTuple
        .of(BlockProduct.LEFT, pipeline.apply("BlocksOfA", Create.of(refs(product.left()))
            .withCoder(BlockRef.Coder.of())))
        .and(BlockProduct.RIGHT, pipeline.apply("BlocksOfB", Create.of(refs(product.right()))
            .withCoder(BlockRef.Coder.of())))
        .apply("Multiply", BlockProduct.of(product, aSource, bSource, runToken));
    PCollection<Long> written = c.apply("WriteC", new WriteBlocks(output, product.output()));
    if (verify) {
      PCollection<MatrixBlock> aBlocks = pipeline.apply("ReadA", new ReadBlocks(aSource, product.left(), runToken));
      PCollection<MatrixBlock> bBlocks = pipeline.apply("ReadB", new ReadBlocks(bSource, product.right(), runToken));
      PCollection<FreivaldsVerdict> verdict = PCollectionTuple.of(FreivaldsCheck.A, aBlocks)
          .and(FreivaldsCheck.B, bBlocks)
          .and(FreivaldsCheck.C, c)
          .apply("Verify", FreivaldsCheck.of(product, new FreivaldsProbe(VERIFY_SEED, FreivaldsCheck.DEFAULT_VECTORS),
              FreivaldsCheck.DEFAULT_TOLERANCE));
      pipeline.apply("Commit", CommitMatrix.afterVerified(output, product.output(), written, verdict));
    } else {
      pipeline.apply("Commit", CommitMatrix.after(output, product.output(), written));
    }

    long pipelineStarted = System.nanoTime();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long finished = System.nanoTime();
    System.out.println(MatmulSummary.of(result, options, product, a, b, output, verify,
        (finished - pipelineStarted) / 1e9, (finished - started) / 1e9));
    return result;
  }

  /** References to every block of the layout (their presence and size were checked up front). */
  private static List<BlockRef> refs(MatrixLayout layout) {
    List<BlockRef> refs = new ArrayList<>();
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        refs.add(new BlockRef(i, j, layout.rowsInBlockRow(i), layout.colsInBlockCol(j)));
      }
    }
    return refs;
  }

  private static void requireDistinct(MatrixFolder output, MatrixFolder input, String option) {
    if (output.directory().equals(input.directory())) {
      throw new IllegalArgumentException("--output must differ from " + option + " (" + input
          + "): the product would overwrite its own input");
    }
  }
}
