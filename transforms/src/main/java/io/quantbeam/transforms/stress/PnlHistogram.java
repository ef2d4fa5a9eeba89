package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.HistogramBins;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PnlDistribution;
import io.quantbeam.models.stress.PnlSeries;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The histogram of total P&amp;L on fixed edges: {@code bins} equal-width bins between the exact
 * minimum and maximum, which come from the collated distribution (a side input, so this is a
 * second pass over the totals only — 8 bytes a scenario). Edges and counts are therefore the same
 * for any sharding. Empty when no scenario was evaluated.
 */
public final class PnlHistogram extends PTransform<PCollection<PnlBlock>, PCollection<Histogram>> {

  public static final int DEFAULT_BINS = 40;

  private final PCollectionView<PnlDistribution> distribution;
  private final int bins;

  public PnlHistogram(PCollectionView<PnlDistribution> distribution, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
    }
    this.distribution = distribution;
    this.bins = bins;
  }

  /** The edges for a collated distribution, or null when it is empty. */
  public static HistogramBins binsOf(PnlDistribution distribution, int bins) {
    PnlSeries total = distribution.total();
    return total.count() == 0 ? null : HistogramBins.between(total.min(), total.max(), bins);
  }

  @Override
  public PCollection<Histogram> expand(PCollection<PnlBlock> blocks) {
    return blocks
        .apply("TotalsOnly", ParDo.of(new TotalsFn())).setCoder(StressCoders.pnlBlock())
        .apply("Count", ParDo.of(new CountFn(distribution, bins)).withSideInputs(distribution))
        .setCoder(SerializableCoder.of(Histogram.class))
        .apply("Sum", Combine.globally(new SumFn()))
        .setCoder(SerializableCoder.of(Histogram.class));
  }

  /** Adds histograms bin by bin; the empty histogram when there is nothing to add. */
  private static final class SumFn extends Combine.BinaryCombineFn<Histogram> {
    @Override
    public Histogram apply(Histogram left, Histogram right) {
      return left.plus(right);
    }

    @Override
    public Histogram identity() {
      return Histogram.empty();
    }
  }

  /** Drops the per-book columns: the second pass needs only the totals. */
  private static final class TotalsFn extends DoFn<PnlBlock, PnlBlock> {
    @ProcessElement
    public void process(@Element PnlBlock block, OutputReceiver<PnlBlock> out) {
      out.output(new PnlBlock(block.scenarioIds(), block.total(), new double[0][]));
    }
  }

  private static final class CountFn extends DoFn<PnlBlock, Histogram> {
    private final PCollectionView<PnlDistribution> distribution;
    private final int bins;
    private transient HistogramBins edges;

    CountFn(PCollectionView<PnlDistribution> distribution, int bins) {
      this.distribution = distribution;
      this.bins = bins;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (edges == null) {
        edges = binsOf(c.sideInput(distribution), bins);
      }
      c.output(edges.histogram(c.element().total()));
    }
  }
}
