package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.BlockGemm;
import io.quantbeam.models.matmul.FreivaldsProbe;
import io.quantbeam.models.matmul.FreivaldsResidual;
import io.quantbeam.models.matmul.FreivaldsVerdict;
import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.ProductLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Freivalds' check of C = A·B in O(n²) work: for p random vectors X (see {@link FreivaldsProbe})
 * compare C·X with A·(B·X), row by row, relative to the rounding bound |A|·(|B|·|X|). The output is
 * one {@link FreivaldsVerdict} for the whole product (over no rows if C is empty); it does not fail
 * by itself, so the caller decides what a failed check stops.
 *
 * <p>The inputs are references to the blocks of A, B and C; each step that needs a block's values
 * fetches it through a {@link BlockFetch} and drops it when its panel is computed, so no step holds
 * more than the blocks it is working on.
 *
 * <p>Data flow: every B(k, j) gives a panel B(k, j)·X_j, summed per k into Y = B·X (small: n×p),
 * which every A(i, k) reads as a side input to give A(i, k)·Y_k; every C(i, j) gives C(i, j)·X_j;
 * both are joined per block row i and compared. Partial panels are summed in block order, so the
 * verdict is the same on every runner. Only panels of n×p values are shuffled, never blocks.
 */
public final class FreivaldsCheck extends PTransform<PCollectionTuple, PCollection<FreivaldsVerdict>> {

  public static final TupleTag<BlockRef> A = new TupleTag<>("A") {};
  public static final TupleTag<BlockRef> B = new TupleTag<>("B") {};
  public static final TupleTag<BlockRef> C = new TupleTag<>("C") {};

  /** The spec's tolerance: relative residuals beyond 1e-9 fail. */
  public static final double DEFAULT_TOLERANCE = 1e-9;
  /** Probe vectors: one suffices in exact arithmetic; two make a cancelling pair of errors hopeless. */
  public static final int DEFAULT_VECTORS = 2;

  private static final TupleTag<ProbePanel> REFERENCE = new TupleTag<>("reference") {};
  private static final TupleTag<ProbePanel> PRODUCT = new TupleTag<>("product") {};
  private static final KvCoder<Integer, ProbePanel> KEYED_PANEL = KvCoder.of(VarIntCoder.of(), ProbePanelCoder.of());

  private final ProductLayout layout;
  private final FreivaldsProbe probe;
  private final double tolerance;
  private final BlockFetch a;
  private final BlockFetch b;
  private final BlockFetch c;

  private FreivaldsCheck(ProductLayout layout, FreivaldsProbe probe, double tolerance, BlockFetch a, BlockFetch b,
      BlockFetch c) {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
    }
    this.layout = layout;
    this.probe = probe;
    this.tolerance = tolerance;
    this.a = Objects.requireNonNull(a, "a");
    this.b = Objects.requireNonNull(b, "b");
    this.c = Objects.requireNonNull(c, "c");
  }

  /**
   * The check with the given probe vectors and tolerance on the relative residual, fetching the
   * blocks behind the references to A, B and C with {@code a}, {@code b} and {@code c}.
   */
  public static FreivaldsCheck of(ProductLayout layout, FreivaldsProbe probe, double tolerance, BlockFetch a,
      BlockFetch b, BlockFetch c) {
    return new FreivaldsCheck(layout, probe, tolerance, a, b, c);
  }

  @Override
  public PCollection<FreivaldsVerdict> expand(PCollectionTuple input) {
    PCollectionView<Map<Integer, ProbePanel>> bx = input.get(B)
        .apply("ProbeB", ParDo.of(new ProbeRight(b, probe)))
        .setCoder(KEYED_PANEL)
        .apply("GroupPerBlockRowOfB", GroupByKey.create())
        .apply("SumProbedB", ParDo.of(new SumInOrder()))
        .setCoder(KEYED_PANEL)
        .apply("ProbedBAsSideInput", View.asMap());
    PCollection<KV<Integer, ProbePanel>> reference = input.get(A)
        .apply("ProbeA", ParDo.of(new ProbeLeft(a, bx, probe.vectors())).withSideInputs(bx))
        .setCoder(KEYED_PANEL);
    PCollection<KV<Integer, ProbePanel>> product = input.get(C)
        .apply("ProbeC", ParDo.of(new ProbeProduct(c, probe)))
        .setCoder(KEYED_PANEL);
    return KeyedPCollectionTuple.of(REFERENCE, reference).and(PRODUCT, product)
        .apply("JoinPerBlockRowOfC", CoGroupByKey.create())
        .apply("CompareRows", ParDo.of(new CompareBlockRow(layout, probe.vectors(), tolerance)))
        .setCoder(SerializableCoder.of(FreivaldsVerdict.class))
        .apply("WorstOverAllRows", Combine.globally(worse(tolerance)))
        .setCoder(SerializableCoder.of(FreivaldsVerdict.class));
  }

  private static Combine.BinaryCombineFn<FreivaldsVerdict> worse(double tolerance) {
    return new Combine.BinaryCombineFn<>() {
      @Override
      public FreivaldsVerdict apply(FreivaldsVerdict left, FreivaldsVerdict right) {
        return left.combine(right);
      }

      @Override
      public FreivaldsVerdict identity() {
        return FreivaldsVerdict.empty(tolerance);
      }
    };
  }

  /** B(k, j) → (k, [B(k, j)·X_j, |B(k, j)|·|X_j|]). */
  private static final class ProbeRight extends DoFn<BlockRef, KV<Integer, ProbePanel>> {
    private final BlockFetch fetch;
    private final FreivaldsProbe probe;
    private transient BlockGemm gemm;

    ProbeRight(BlockFetch fetch, FreivaldsProbe probe) {
      this.fetch = fetch;
      this.probe = probe;
    }

    @Setup
    public void setup() {
      gemm = new BlockGemm();
    }

    @ProcessElement
    public void process(@Element BlockRef ref, OutputReceiver<KV<Integer, ProbePanel>> out) {
      MatrixBlock b = fetch.get(ref);
      int p = probe.vectors();
      double[] x = probe.block(b.blockCol(), b.cols());
      double[] signed = new double[b.rows() * p];
      double[] bound = new double[b.rows() * p];
      gemm.multiplyAdd(b.rows(), p, b.cols(), b.values(), x, signed);
      FreivaldsResidual.accumulateMagnitude(b, FreivaldsProbe.magnitudes(x), p, bound);
      out.output(KV.of(b.blockRow(), new ProbePanel(b.blockCol(), signed, bound)));
    }
  }

  /** Partial panels of one block row, summed in source order into one panel. */
  private static final class SumInOrder extends DoFn<KV<Integer, Iterable<ProbePanel>>, KV<Integer, ProbePanel>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<ProbePanel>> group, OutputReceiver<KV<Integer, ProbePanel>> out) {
      out.output(KV.of(group.getKey(), sumInOrder(group.getValue())));
    }
  }

  /** A(i, k) → (i, [A(i, k)·Y_k, |A(i, k)|·bound(Y_k)]) with Y = B·X from the side input. */
  private static final class ProbeLeft extends DoFn<BlockRef, KV<Integer, ProbePanel>> {
    private final BlockFetch fetch;
    private final PCollectionView<Map<Integer, ProbePanel>> bx;
    private final int p;
    private transient BlockGemm gemm;

    ProbeLeft(BlockFetch fetch, PCollectionView<Map<Integer, ProbePanel>> bx, int p) {
      this.fetch = fetch;
      this.bx = bx;
      this.p = p;
    }

    @Setup
    public void setup() {
      gemm = new BlockGemm();
    }

    @ProcessElement
    public void process(@Element BlockRef ref, OutputReceiver<KV<Integer, ProbePanel>> out, ProcessContext context) {
      ProbePanel y = context.sideInput(bx).get(ref.blockCol());
      MatrixBlock a = fetch.get(ref);
      if (y == null) {
        throw new IllegalStateException("no block row " + a.blockCol() + " of B reached Freivalds' check, "
            + "but A(" + a.blockRow() + ", " + a.blockCol() + ") needs it");
      }
      if (y.signed().length != a.cols() * p) {
        throw new IllegalStateException("block row " + a.blockCol() + " of B has " + y.signed().length / p
            + " rows, A(" + a.blockRow() + ", " + a.blockCol() + ") has " + a.cols() + " columns");
      }
      double[] signed = new double[a.rows() * p];
      double[] bound = new double[a.rows() * p];
      gemm.multiplyAdd(a.rows(), p, a.cols(), a.values(), y.signed(), signed);
      FreivaldsResidual.accumulateMagnitude(a, y.bound(), p, bound);
      out.output(KV.of(a.blockRow(), new ProbePanel(a.blockCol(), signed, bound)));
    }
  }

  /** C(i, j) → (i, C(i, j)·X_j). */
  private static final class ProbeProduct extends DoFn<BlockRef, KV<Integer, ProbePanel>> {
    private final BlockFetch fetch;
    private final FreivaldsProbe probe;
    private transient BlockGemm gemm;

    ProbeProduct(BlockFetch fetch, FreivaldsProbe probe) {
      this.fetch = fetch;
      this.probe = probe;
    }

    @Setup
    public void setup() {
      gemm = new BlockGemm();
    }

    @ProcessElement
    public void process(@Element BlockRef ref, OutputReceiver<KV<Integer, ProbePanel>> out) {
      MatrixBlock c = fetch.get(ref);
      int p = probe.vectors();
      double[] x = probe.block(c.blockCol(), c.cols());
      double[] signed = new double[c.rows() * p];
      gemm.multiplyAdd(c.rows(), p, c.cols(), c.values(), x, signed);
      out.output(KV.of(c.blockRow(), new ProbePanel(c.blockCol(), signed, new double[0])));
    }
  }

  /** For block row i of C: Σⱼ C(i, j)·X_j against Σₖ A(i, k)·Y_k, every row and vector. */
  private static final class CompareBlockRow extends DoFn<KV<Integer, CoGbkResult>, FreivaldsVerdict> {
    private final ProductLayout layout;
    private final int p;
    private final double tolerance;
    private final Counter rowsVerified = Metrics.counter(MatmulMetrics.NAMESPACE, MatmulMetrics.ROWS_VERIFIED);

    CompareBlockRow(ProductLayout layout, int p, double tolerance) {
      this.layout = layout;
      this.p = p;
      this.tolerance = tolerance;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> group, OutputReceiver<FreivaldsVerdict> out) {
      int i = group.getKey();
      MatrixLayout c = layout.output();
      List<ProbePanel> reference = sorted(group.getValue().getAll(REFERENCE));
      List<ProbePanel> product = sorted(group.getValue().getAll(PRODUCT));
      requireComplete("A", reference, layout.innerBlocks(), i);
      requireComplete("C", product, c.blockColCount(), i);
      ProbePanel ab = sumInOrder(reference);
      ProbePanel cx = sumInOrder(product);
      if (cx.signed().length != c.rowsInBlockRow(i) * p) {
        throw new IllegalStateException("block row " + i + " of C has " + cx.signed().length / p + " rows, expected "
            + c.rowsInBlockRow(i));
      }
      rowsVerified.inc(c.rowsInBlockRow(i));
      out.output(FreivaldsResidual.compare(c.firstRowOf(i), cx.signed(), ab.signed(), ab.bound(), p, tolerance));
    }

    /** The sorted panels must come from blocks 0, 1, …, expected − 1, each once. */
    private static void requireComplete(String matrix, List<ProbePanel> panels, int expected, int i) {
      List<Integer> sources = panels.stream().map(ProbePanel::source).toList();
      boolean complete = sources.size() == expected;
      for (int n = 0; complete && n < expected; n++) {
        complete = sources.get(n) == n;
      }
      if (complete) {
        return;
      }
      throw new IllegalStateException("Freivalds' check of block row " + i + " needs blocks 0.." + (expected - 1)
          + " of " + matrix + "'s block row " + i + ", got " + sources);
    }
  }

  private static List<ProbePanel> sorted(Iterable<ProbePanel> panels) {
    List<ProbePanel> list = new ArrayList<>();
    panels.forEach(list::add);
    list.sort(Comparator.comparingInt(ProbePanel::source));
    return list;
  }

  /** Σ of the panels in source order (fixed, so every runner adds in the same order). */
  static ProbePanel sumInOrder(Iterable<ProbePanel> panels) {
    List<ProbePanel> list = sorted(panels);
    double[] signed = list.get(0).signed().clone();
    double[] bound = list.get(0).bound().clone();
    for (ProbePanel panel : list.subList(1, list.size())) {
      if (panel.signed().length != signed.length || panel.bound().length != bound.length) {
        throw new IllegalStateException("partial panels of different shapes: " + panel + " vs " + list.get(0));
      }
      for (int e = 0; e < signed.length; e++) {
        signed[e] += panel.signed()[e];
      }
      for (int e = 0; e < bound.length; e++) {
        bound[e] += panel.bound()[e];
      }
    }
    return new ProbePanel(-1, signed, bound);
  }
}
