package io.quantbeam.transforms.matmul;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.matmul.BlasThreads;
import io.quantbeam.models.matmul.BlockGemm;
import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * C = A·B over blocks keyed by their coordinates. The inputs are the blocks of A ({@link #LEFT})
 * and B ({@link #RIGHT}) as {@link BlockRef}s: A(i, k) is keyed to every output block (i, j),
 * B(k, j) to every (i, j), and one join per output block gathers the K pairs it needs. The task for
 * (i, j) then fetches those blocks from their {@link BlockSource} — through the worker's
 * {@link BlockCache}, so a worker fetches each block once however many of its tasks use it — and
 * computes C(i, j) = Σₖ A(i, k)·B(k, j) with BLAS dgemm, summing in k order so the result is the same
 * on every runner, and stores it in the {@link BlockSink} at once. The output is a reference to each
 * stored block of C.
 *
 * <p>The shuffle carries only references, 2·I·J·K of them; the values travel once from storage to
 * each worker that needs them (at most |A| + |B| per worker, J·|A| + I·|B| over all tasks without
 * the cache). Each C block is final where it is computed: nothing is shuffled after the products.
 * Memory per task: the pair of blocks being multiplied, the next pair (read while the product runs, see
 * {@link BlockPrefetcher}) and one block of C, whatever n is; written blocks are not kept. See
 * pipelines/docs/matmul.md for the
 * alternatives and measurements.
 */
public final class BlockProduct extends PTransform<PCollectionTuple, PCollection<BlockRef>> {

  public static final TupleTag<BlockRef> LEFT = new TupleTag<>("A") {};
  public static final TupleTag<BlockRef> RIGHT = new TupleTag<>("B") {};

  /** Coder of output block coordinates (i, j), the join key. */
  private static final KvCoder<Integer, Integer> KEY_CODER = KvCoder.of(VarIntCoder.of(), VarIntCoder.of());

  private final ProductLayout layout;
  private final BlockSource left;
  private final BlockSource right;
  private final BlockSink output;
  private final String runToken;
  private final int blasThreads;

  private BlockProduct(ProductLayout layout, BlockSource left, BlockSource right, BlockSink output,
      String runToken, int blasThreads) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.left = Objects.requireNonNull(left, "left");
    this.right = Objects.requireNonNull(right, "right");
    this.output = Objects.requireNonNull(output, "output");
    this.runToken = Objects.requireNonNull(runToken, "runToken");
    if (blasThreads < 0) {
      throw new IllegalArgumentException("blasThreads must be >= 0, got " + blasThreads);
    }
    this.blasThreads = blasThreads;
  }

  /**
   * The product of the matrices in {@code left} and {@code right}, whose layouts are already known
   * to be compatible, stored in {@code output}.
   *
   * @param runToken unique per run, so that cached blocks of other runs are never used
   */
  public static BlockProduct of(ProductLayout layout, BlockSource left, BlockSource right, BlockSink output,
      String runToken) {
    return new BlockProduct(layout, left, right, output, runToken, 0);
  }

  /**
   * The same product with every worker's BLAS set to {@code threads} threads per call (see
   * {@link BlasThreads}) before its first block product; 0 leaves the worker's BLAS as it is.
   */
  public BlockProduct withBlasThreads(int threads) {
    return new BlockProduct(layout, left, right, output, runToken, threads);
  }

  @Override
  public PCollection<BlockRef> expand(PCollectionTuple input) {
    KvCoder<KV<Integer, Integer>, BlockRef> keyed = KvCoder.of(KEY_CODER, BlockRef.Coder.of());
    PCollection<KV<KV<Integer, Integer>, BlockRef>> a = input.get(LEFT)
        .apply("KeyAToEachOutputColumn", ParDo.of(new Replicate(true, layout.outerColBlocks())))
        .setCoder(keyed);
    PCollection<KV<KV<Integer, Integer>, BlockRef>> b = input.get(RIGHT)
        .apply("KeyBToEachOutputRow", ParDo.of(new Replicate(false, layout.outerRowBlocks())))
        .setCoder(keyed);
    return KeyedPCollectionTuple.of(LEFT, a).and(RIGHT, b)
        .apply("JoinPerOutputBlock", CoGroupByKey.create())
        .apply("MultiplySumAndStore", ParDo.of(new MultiplySumAndStore(layout, left, right, output, runToken,
            blasThreads)))
        .setCoder(BlockRef.Coder.of());
  }

  /** Keys A(i, k) to (i, j) for every j, or B(k, j) to (i, j) for every i. */
  private static final class Replicate extends DoFn<BlockRef, KV<KV<Integer, Integer>, BlockRef>> {
    private final boolean left;
    private final int copies;

    Replicate(boolean left, int copies) {
      this.left = left;
      this.copies = copies;
    }

    @ProcessElement
    public void process(@Element BlockRef block, OutputReceiver<KV<KV<Integer, Integer>, BlockRef>> out) {
      for (int n = 0; n < copies; n++) {
        out.output(KV.of(left ? KV.of(block.blockRow(), n) : KV.of(n, block.blockCol()), block));
      }
    }
  }

  /** C(i, j) = Σₖ A(i, k)·B(k, j), in k order, after checking that every k is there exactly once; stored. */
  private static final class MultiplySumAndStore extends DoFn<KV<KV<Integer, Integer>, CoGbkResult>, BlockRef> {
    private final ProductLayout layout;
    private final BlockSource left;
    private final BlockSource right;
    private final BlockSink output;
    private final String runToken;
    private final int blasThreads;
    private final Counter products = ProgressCounters.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCK_PRODUCTS);
    private final Counter nonFiniteOutputs = Metrics.counter(MatmulMetrics.NAMESPACE,
        MatmulMetrics.NON_FINITE_OUTPUT_BLOCKS);
    private transient BlockGemm gemm;
    private transient BlockPrefetcher prefetcher;

    MultiplySumAndStore(ProductLayout layout, BlockSource left, BlockSource right, BlockSink output,
        String runToken, int blasThreads) {
      this.layout = layout;
      this.left = left;
      this.right = right;
      this.output = output;
      this.runToken = runToken;
      this.blasThreads = blasThreads;
    }

    @Setup
    public void setup() {
      gemm = new BlockGemm();
      if (blasThreads > 0) {
        BlasThreads.set(blasThreads);
      }
      prefetcher = new BlockPrefetcher();
    }

    @Teardown
    public void teardown() {
      if (prefetcher != null) {
        prefetcher.close();
      }
    }

    @ProcessElement
    public void process(@Element KV<KV<Integer, Integer>, CoGbkResult> group, OutputReceiver<BlockRef> out) {
      int i = group.getKey().getKey();
      int j = group.getKey().getValue();
      int inner = layout.innerBlocks();
      BlockRef[] a = byInnerIndex(left, group.getValue().getAll(LEFT), layout.left(), inner, i, j, true);
      BlockRef[] b = byInnerIndex(right, group.getValue().getAll(RIGHT), layout.right(), inner, i, j, false);
      MatrixLayout c = layout.output();
      int rows = c.rowsInBlockRow(i);
      int cols = c.colsInBlockCol(j);
      double[] sum = new double[rows * cols];
      BlockFetch leftBlocks = BlockFetch.cached(left, runToken);
      BlockFetch rightBlocks = BlockFetch.cached(right, runToken);
      // While A(i, k)·B(k, j) runs, the reader thread fetches A(i, k + 1) and B(k + 1, j).
      BlockPrefetcher.Pending next = prefetcher.fetch(() -> new MatrixBlock[] {leftBlocks.get(a[0]),
          rightBlocks.get(b[0])});
      for (int k = 0; k < inner; k++) {
        MatrixBlock[] pair = next.await();
        if (k + 1 < inner) {
          BlockRef nextA = a[k + 1];
          BlockRef nextB = b[k + 1];
          next = prefetcher.fetch(() -> new MatrixBlock[] {leftBlocks.get(nextA), rightBlocks.get(nextB)});
        }
        gemm.multiplyAdd(pair[0], pair[1], sum);
      }
      products.inc(inner);
      MatrixBlock product = new MatrixBlock(i, j, rows, cols, sum);
      if (product.nonFiniteValues() > 0) {
        nameNonFiniteInputs(a, leftBlocks, b, rightBlocks);
      }
      output.write(product);
      out.output(new BlockRef(i, j, rows, cols));
    }

    /**
     * NaN or ±∞ in C(i, j) comes from such values in A(i, ·) or B(·, j) (they propagate through every
     * sum they enter) or from overflow: counts them per input block into gauges the summary names.
     */
    private void nameNonFiniteInputs(BlockRef[] a, BlockFetch leftBlocks, BlockRef[] b, BlockFetch rightBlocks) {
      nonFiniteOutputs.inc();
      for (int k = 0; k < a.length; k++) {
        gaugeNonFinite(leftBlocks, a[k]);
        gaugeNonFinite(rightBlocks, b[k]);
      }
    }

    private static void gaugeNonFinite(BlockFetch blocks, BlockRef ref) {
      long count = blocks.get(ref).nonFiniteValues();
      if (count > 0) {
        Metrics.gauge(MatmulMetrics.NON_FINITE_INPUTS, "block (" + ref.blockRow() + ", " + ref.blockCol() + ") of "
            + blocks.source().description()).set(count);
      }
    }

    private static BlockRef[] byInnerIndex(BlockSource source, Iterable<BlockRef> refs, MatrixLayout matrixLayout,
        int inner, int i, int j, boolean left) {
      BlockRef[] byK = new BlockRef[inner];
      for (BlockRef ref : refs) {
        int k = left ? ref.blockCol() : ref.blockRow();
        String name = "block (" + ref.blockRow() + ", " + ref.blockCol() + ") of " + source.description();
        if (k >= inner || (left ? ref.blockRow() != i : ref.blockCol() != j)) {
          throw new IllegalStateException(name + " was routed to output block (" + i + ", " + j + ")");
        }
        if (ref.rows() != matrixLayout.rowsInBlockRow(ref.blockRow())
            || ref.cols() != matrixLayout.colsInBlockCol(ref.blockCol())) {
          throw new IllegalArgumentException(name + " is " + ref.rows() + " x " + ref.cols() + ", the layout "
              + matrixLayout.describe() + " needs " + matrixLayout.rowsInBlockRow(ref.blockRow()) + " x "
              + matrixLayout.colsInBlockCol(ref.blockCol()));
        }
        if (byK[k] != null) {
          throw new IllegalArgumentException(name + " appears more than once");
        }
        byK[k] = ref;
      }
      for (int k = 0; k < inner; k++) {
        if (byK[k] == null) {
          throw new IllegalArgumentException("block (" + (left ? i : k) + ", " + (left ? k : j) + ") of "
              + source.description() + " is missing: output block (" + i + ", " + j + ") needs it");
        }
      }
      return byK;
    }
  }
}
