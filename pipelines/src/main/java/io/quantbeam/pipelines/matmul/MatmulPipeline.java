package io.quantbeam.pipelines.matmul;

import io.quantbeam.transforms.matmul.MatmulMetrics;
import io.quantbeam.models.matmul.BlasThreads;
import io.quantbeam.models.matmul.FreivaldsProbe;
import io.quantbeam.models.matmul.FreivaldsVerdict;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.transforms.matmul.BlockCache;
import io.quantbeam.transforms.matmul.BlockProduct;
import io.quantbeam.transforms.matmul.BlockRef;
import io.quantbeam.transforms.matmul.BlockFetch;
import io.quantbeam.transforms.matmul.FreivaldsCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * C = A·B for block matrices on storage (specs/matmul.md): list the blocks of A and B → join their
 * references per output block → fetch, multiply with BLAS dgemm and write each block of C →
 * (Freivalds' check on what was written) → write {@code matrix.json}. Without inputs it generates a sample A and B first,
 * and always verifies.
 */
public final class MatmulPipeline {

  static final String SAMPLE_OUTPUT = "out/matmul";
  static final long SAMPLE_SEED_A = 1;
  static final long SAMPLE_SEED_B = 2;
  /** Seed of Freivalds' probe vectors; fixed so that a rerun checks the same way. */
  static final long VERIFY_SEED = 0x5eed_f4e1_7a1dL;

  private MatmulPipeline() {}

  /** The catalog entry: {@code -Dpipeline=matmul}. */
  public static final PipelineEntry<MatmulOptions> ENTRY = new PipelineEntry<>("matmul",
      "Blocked matrix multiply C = A·B of .npy block matrices, BLAS dgemm per block", MatmulOptions.class,
      MatmulPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  /** Checks the options and both inputs, runs the product to the end, prints the summary. */
  public static PipelineResult run(MatmulOptions options) {
    PipelineRun run = ENTRY.start(options); // before any file access: the S3 client settings come with it
    MatrixFolder output = new MatrixFolder(options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT);
    boolean sample = options.getA() == null && options.getB() == null;
    MatrixFolder a = sample
        ? generateSample(options, output, "a", SAMPLE_SEED_A) : new MatrixFolder(required(options.getA()));
    MatrixFolder b = sample
        ? generateSample(options, output, "b", SAMPLE_SEED_B) : new MatrixFolder(required(options.getB()));
    boolean verify = sample || options.getVerify();
    ProductLayout product = checkInputs(a, b, output);
    OutputStaging staging = run.stage(output.location(), MatrixFolder.FILES);
    MatrixFolder staged = new MatrixFolder(staging.location());
    BlasThreadChoice blas = BlasThreadChoice.of(options);
    if (blas.threads() > 0) {
      BlasThreads.set(blas.threads()); // in-process runners; cluster workers set it in the product's setup
    }

    // Blocks stay in storage: the join moves references, the product tasks fetch the values of A and B
    // and store C's blocks as they go.
    String runToken = UUID.randomUUID().toString();
    NpyBlockSource aSource = new NpyBlockSource(a, product.left(), "A", options.getRejectNaN());
    NpyBlockSource bSource = new NpyBlockSource(b, product.right(), "B", options.getRejectNaN());
    Pipeline pipeline = Pipeline.create(options);
    PCollection<BlockRef> aRefs = pipeline.apply("BlocksOfA", Create.of(BlockRef.allOf(product.left()))
        .withCoder(BlockRef.Coder.of()));
    PCollection<BlockRef> bRefs = pipeline.apply("BlocksOfB", Create.of(BlockRef.allOf(product.right()))
        .withCoder(BlockRef.Coder.of()));
    PCollection<BlockRef> cRefs = PCollectionTuple.of(BlockProduct.LEFT, aRefs).and(BlockProduct.RIGHT, bRefs)
        .apply("Multiply", BlockProduct.of(product, aSource, bSource,
            new NpyBlockSink(staged, product.output(), "C"), runToken)
            .withBlasThreads(blas.threads()));
    PCollection<Long> written = cRefs.apply("CountWritten", Count.globally());
    if (verify) {
      // A and B come from the blocks the products fetched; C is read back from storage, so the check
      // covers what was written.
      PCollection<FreivaldsVerdict> verdict = PCollectionTuple
          .of(FreivaldsCheck.A, aRefs).and(FreivaldsCheck.B, bRefs).and(FreivaldsCheck.C, cRefs)
          .apply("Verify", FreivaldsCheck.of(product, new FreivaldsProbe(VERIFY_SEED, FreivaldsCheck.DEFAULT_VECTORS),
              FreivaldsCheck.DEFAULT_TOLERANCE, BlockFetch.cached(aSource, runToken), BlockFetch.cached(bSource, runToken),
              BlockFetch.uncached(new NpyBlockSource(staged, product.output(), "C", false))));
      pipeline.apply("Commit", CommitMatrix.afterVerified(staged, product.output(), written, verdict,
          new NonFiniteInputs(aSource, product.left(), bSource, product.right())));
    } else {
      pipeline.apply("Commit", CommitMatrix.after(staged, product.output(), written));
    }

    PipelineResult result;
    long products = (long) product.left().blockRowCount() * product.left().blockColCount()
        * product.right().blockColCount();
    try {
      result = run.execute(pipeline, Progress.of(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCK_PRODUCTS,
          "block products", () -> products), staging);
    } finally {
      BlockCache.shared().forget(runToken);
    }
    MatmulReport report = new MatmulReport(result, options, product, a, b, output, verify, run.pipelineSeconds(),
        run.seconds());
    run.finish(output.location(), report.html(), report::manifest,
        MatmulSummary.of(result, options, product, a, b, output, verify, blas, run.pipelineSeconds(), run.seconds()));
    return result;
  }

  private static String required(String path) {
    if (path == null) {
      throw new IllegalArgumentException("give both --a and --b, or neither for the built-in sample");
    }
    return path;
  }

  /** The sample's square random matrix {@code name}, generated next to the output. */
  private static MatrixFolder generateSample(MatmulOptions options, MatrixFolder output, String name, long seed) {
    MatrixFolder folder = new MatrixFolder(output.location().replaceAll("/+$", "") + "-inputs/" + name);
    MatrixLayout square = new MatrixLayout(options.getSampleSize(), options.getSampleSize(),
        options.getSampleBlockSize(), options.getSampleBlockSize());
    MatgenPipeline.generate(options, square, seed, folder);
    return folder;
  }

  /**
   * Everything about the inputs that can fail before any work: the output is not an input, both
   * matrix.json files are valid, the blockings match, every block is there.
   */
  private static ProductLayout checkInputs(MatrixFolder a, MatrixFolder b, MatrixFolder output) {
    requireDistinct(output, a, "--a");
    requireDistinct(output, b, "--b");
    try {
      MatrixLayout aLayout = a.readLayout();
      MatrixLayout bLayout = b.readLayout();
      ProductLayout product = new ProductLayout(aLayout, bLayout);
      a.checkBlocksPresent(aLayout, "A");
      b.checkBlocksPresent(bLayout, "B");
      return product;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the inputs: " + e.getMessage(), e);
    }
  }

  private static void requireDistinct(MatrixFolder output, MatrixFolder input, String option) {
    if (output.directory().equals(input.directory())) {
      throw new IllegalArgumentException("--output must differ from " + option + " (" + input
          + "): the product would overwrite its own input");
    }
  }
}
