package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.HistogramBins;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.SeriesFigures;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The histogram of total P&amp;L on fixed edges: {@code bins} equal-width bins between the exact
 * minimum and maximum, which come from the collated total (a side input, so this is a second pass
 * over the totals only — 16 bytes a scenario). Edges and counts are therefore the same for any
 * sharding. Empty when no scenario was evaluated.
 */
public final class PnlHistogram extends PTransform<PCollection<PnlBlock>, PCollection<Histogram>> {

  public static final int DEFAULT_BINS = 40;

  private final PCollectionView<Histogram> edges;

  /** @param edges bins with zero counts (see {@link #edgesView}), or the empty histogram */
  public PnlHistogram(PCollectionView<Histogram> edges) {
    this.edges = edges;
  }

  /** The empty bins for the collated figures' total series (key 0), as a side input. */
  public static PCollectionView<Histogram> edgesView(PCollection<KV<Integer, SeriesFigures>> figures, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
    }
    return figures
        .apply("Total", Filter.by((KV<Integer, SeriesFigures> kv) -> kv.getKey() == 0))
        .apply("Edges", MapElements.into(TypeDescriptor.of(Histogram.class)).via((KV<Integer, SeriesFigures> kv) -> {
          SeriesFigures total = kv.getValue();
          return total.count() == 0 ? Histogram.empty()
              : HistogramBins.between(total.min(), total.max(), bins).histogram(new double[0]);
        }))
        .setCoder(SerializableCoder.of(Histogram.class))
        .apply("EdgesView", View.<Histogram>asSingleton().withDefaultValue(Histogram.empty()));
  }

  @Override
  public PCollection<Histogram> expand(PCollection<PnlBlock> blocks) {
    return blocks
        .apply("TotalsOnly", ParDo.of(new TotalsFn())).setCoder(StressCoders.pnlBlock())
        .apply("Count", ParDo.of(new CountFn(edges)).withSideInputs(edges))
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
    private final PCollectionView<Histogram> edges;
    private transient HistogramBins bins;

    CountFn(PCollectionView<Histogram> edges) {
      this.edges = edges;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (bins == null) {
        bins = new HistogramBins(c.sideInput(edges).edges());
      }
      c.output(bins.histogram(c.element().total()));
    }
  }
}
