package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.BlockGemm;
import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
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
 * C = A·B from the blocks of A ({@link #LEFT}) and B ({@link #RIGHT}), keyed by coordinates:
 * block A(i, k) is sent to every output block (i, j), j &lt; J, block B(k, j) to every (i, j),
 * i &lt; I; one join per output block then brings together A's block row i and B's block column j,
 * and a single task computes C(i, j) = Σₖ A(i, k)·B(k, j) with BLAS dgemm, summing in k order so the
 * result is the same on every runner.
 *
 * <p>Shuffle: J·|A| + I·|B| (every block of A crosses the network J times, every block of B I
 * times), and nothing after the products: each C block is final where it is computed. Memory per
 * task: one block row of A, one block column of B and one block of C. The alternatives and their
 * volumes are discussed in docs/matmul.md.
 */
public final class BlockProduct extends PTransform<PCollectionTuple, PCollection<MatrixBlock>> {

  public static final TupleTag<MatrixBlock> LEFT = new TupleTag<>("A") {};
  public static final TupleTag<MatrixBlock> RIGHT = new TupleTag<>("B") {};

  /** Coder of output block coordinates (i, j), the join key. */
  private static final KvCoder<Integer, Integer> KEY_CODER = KvCoder.of(VarIntCoder.of(), VarIntCoder.of());

  private final ProductLayout layout;

  private BlockProduct(ProductLayout layout) {
    this.layout = layout;
  }

  /** The product for A and B with the given (already compatible) layouts. */
  public static BlockProduct of(ProductLayout layout) {
    return new BlockProduct(layout);
  }

  @Override
  public PCollection<MatrixBlock> expand(PCollectionTuple input) {
    KvCoder<KV<Integer, Integer>, MatrixBlock> keyedCoder = KvCoder.of(KEY_CODER, MatrixBlockCoder.of());
    PCollection<KV<KV<Integer, Integer>, MatrixBlock>> left = input.get(LEFT)
        .apply("SendAToEachOutputColumn", ParDo.of(new Replicate(true, layout.outerColBlocks())))
        .setCoder(keyedCoder);
    PCollection<KV<KV<Integer, Integer>, MatrixBlock>> right = input.get(RIGHT)
        .apply("SendBToEachOutputRow", ParDo.of(new Replicate(false, layout.outerRowBlocks())))
        .setCoder(keyedCoder);
    return KeyedPCollectionTuple.of(LEFT, left).and(RIGHT, right)
        .apply("JoinPerOutputBlock", CoGroupByKey.create())
        .apply("MultiplyAndSum", ParDo.of(new MultiplyAndSum(layout)))
        .setCoder(MatrixBlockCoder.of());
  }

  /** Sends A(i, k) to (i, j) for every j, or B(k, j) to (i, j) for every i. */
  private static final class Replicate extends DoFn<MatrixBlock, KV<KV<Integer, Integer>, MatrixBlock>> {
    private final boolean left;
    private final int copies;

    Replicate(boolean left, int copies) {
      this.left = left;
      this.copies = copies;
    }

    @ProcessElement
    public void process(@Element MatrixBlock block, OutputReceiver<KV<KV<Integer, Integer>, MatrixBlock>> out) {
      for (int n = 0; n < copies; n++) {
        out.output(KV.of(left ? KV.of(block.blockRow(), n) : KV.of(n, block.blockCol()), block));
      }
    }
  }

  /** C(i, j) = Σₖ A(i, k)·B(k, j), in k order, after checking that every k is there exactly once. */
  private static final class MultiplyAndSum extends DoFn<KV<KV<Integer, Integer>, CoGbkResult>, MatrixBlock> {
    private final ProductLayout layout;
    private final Counter products = Metrics.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.BLOCK_PRODUCTS);
    private transient BlockGemm gemm;

    MultiplyAndSum(ProductLayout layout) {
      this.layout = layout;
    }

    @Setup
    public void setup() {
      gemm = new BlockGemm();
    }

    @ProcessElement
    public void process(@Element KV<KV<Integer, Integer>, CoGbkResult> group, OutputReceiver<MatrixBlock> out) {
      int i = group.getKey().getKey();
      int j = group.getKey().getValue();
      int inner = layout.innerBlocks();
      MatrixBlock[] a = byInnerIndex("A", group.getValue().getAll(LEFT), layout.left(), inner, i, j, true);
      MatrixBlock[] b = byInnerIndex("B", group.getValue().getAll(RIGHT), layout.right(), inner, i, j, false);
      MatrixLayout output = layout.output();
      int rows = output.rowsInBlockRow(i);
      int cols = output.colsInBlockCol(j);
      double[] c = new double[rows * cols];
      for (int k = 0; k < inner; k++) {
        gemm.multiplyAdd(a[k], b[k], c);
      }
      products.inc(inner);
      out.output(new MatrixBlock(i, j, rows, cols, c));
    }

    private static MatrixBlock[] byInnerIndex(String matrix, Iterable<MatrixBlock> blocks, MatrixLayout matrixLayout,
        int inner, int i, int j, boolean left) {
      MatrixBlock[] byK = new MatrixBlock[inner];
      for (MatrixBlock block : blocks) {
        int k = left ? block.blockCol() : block.blockRow();
        String name = matrix + "(" + block.blockRow() + ", " + block.blockCol() + ")";
        if (k < 0 || k >= inner || (left ? block.blockRow() != i : block.blockCol() != j)) {
          throw new IllegalStateException("block " + name + " was routed to output block (" + i + ", " + j + ")");
        }
        if (!block.fits(matrixLayout)) {
          throw new IllegalArgumentException("block " + name + " is " + block.rows() + " x " + block.cols()
              + ", the layout " + matrixLayout.describe() + " needs " + matrixLayout.rowsInBlockRow(block.blockRow())
              + " x " + matrixLayout.colsInBlockCol(block.blockCol()));
        }
        if (byK[k] != null) {
          throw new IllegalArgumentException("block " + name + " appears more than once");
        }
        byK[k] = block;
      }
      for (int k = 0; k < inner; k++) {
        if (byK[k] == null) {
          throw new IllegalArgumentException("block " + (left ? matrix + "(" + i + ", " + k + ")"
              : matrix + "(" + k + ", " + j + ")") + " is missing: output block (" + i + ", " + j + ") needs it");
        }
      }
      return byK;
    }
  }
}
