package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.CorrelatedShockGenerator;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.PortfolioSnapshot;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.models.stress.TailContributions;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
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
 * Risk contributions, the second pass: once the total's tail is known (the ids of its m_max largest
 * losses, from the collated figures, as a side input), every shard picks out its tail scenarios
 * only — regenerating them, or keeping their rows — revalues them position by position, and adds
 * them by rank to a {@link TailContributions}; a combiner merges the shards' partials (exact sums,
 * so the result does not depend on the sharding, the runner or the merge order). Shards holding no
 * tail scenario emit nothing.
 *
 * @param <InputT> a {@link ScenarioRange} of generated scenarios, or a shard of read rows
 */
public final class ContributeTail<InputT> extends PTransform<PCollection<InputT>, PCollection<TailContributions>> {

  private final TailFn<InputT> fn;

  private ContributeTail(TailFn<InputT> fn) {
    this.fn = fn;
  }

  /** Over generated scenarios: scenario i is regenerated from (seed, i) alone. */
  public static ContributeTail<ScenarioRange> generated(FactorCovariance covariance, long seed,
      PCollectionView<PortfolioSnapshot> portfolio, PCollectionView<TailRanks> tail) {
    return new ContributeTail<>(new GeneratedFn(covariance, seed, portfolio, tail));
  }

  /** Over shards of rows grouped by {@link GroupScenariosIntoShards}. */
  public static ContributeTail<KV<Integer, Iterable<ScenarioRow>>> fromRows(ScenarioLayout layout,
      PCollectionView<PortfolioSnapshot> portfolio, PCollectionView<TailRanks> tail) {
    return new ContributeTail<>(new RowsFn(layout, portfolio, tail));
  }

  /**
   * The total's tail as a side input, from the collated figures (series 0): its ranked ids and the
   * m of each of {@code levels} for the N scenarios evaluated.
   */
  public static PCollectionView<TailRanks> tailView(PCollection<KV<Integer, SeriesFigures>> figures,
      List<ConfidenceLevel> levels) {
    List<ConfidenceLevel> copy = List.copyOf(levels);
    return figures
        .apply("TotalSeries", Filter.by((KV<Integer, SeriesFigures> kv) -> kv.getKey() == 0))
        .apply("TailRanks", MapElements.into(TypeDescriptor.of(TailRanks.class))
            .via((KV<Integer, SeriesFigures> kv) -> TailRanks.of(kv.getValue(), copy)))
        .setCoder(SerializableCoder.of(TailRanks.class))
        .apply("TailView", View.asSingleton());
  }

  @Override
  public PCollection<TailContributions> expand(PCollection<InputT> shards) {
    return shards
        .apply("TailScenarios", ParDo.of(fn).withSideInputs(fn.portfolio, fn.tail))
        .setCoder(SerializableCoder.of(TailContributions.class))
        .apply("MergeContributions", Combine.globally(new MergeFn()).withoutDefaults())
        .setCoder(SerializableCoder.of(TailContributions.class));
  }

  /**
   * The total's tail: scenario ids by rank (0 = the largest loss), and m per level.
   *
   * @param tailCounts m of each level, in the levels' order
   */
  public record TailRanks(long[] idsByRank, long[] tailCounts) implements Serializable {
    static TailRanks of(SeriesFigures total, List<ConfidenceLevel> levels) {
      long[] m = new long[levels.size()];
      for (int l = 0; l < m.length; l++) {
        m[l] = levels.get(l).tailCount(total.count());
      }
      return new TailRanks(total.tailIds(), m);
    }

    Map<Long, Integer> rankOfId() {
      Map<Long, Integer> ranks = new HashMap<>(idsByRank.length * 2);
      for (int r = 0; r < idsByRank.length; r++) {
        ranks.put(idsByRank[r], r);
      }
      return ranks;
    }
  }

  private abstract static class TailFn<InputT> extends DoFn<InputT, TailContributions> {
    final PCollectionView<PortfolioSnapshot> portfolio;
    final PCollectionView<TailRanks> tail;
    final ScenarioLayout layout;
    private transient PortfolioRevaluer revaluer;
    private transient TailRanks ranks;
    private transient Map<Long, Integer> rankOfId;

    TailFn(ScenarioLayout layout, PCollectionView<PortfolioSnapshot> portfolio, PCollectionView<TailRanks> tail) {
      this.layout = layout;
      this.portfolio = portfolio;
      this.tail = tail;
    }

    /** The shard's scenarios whose ids are in {@code rankOfId}, as a block. */
    abstract ShockBlock tailScenarios(InputT shard, Map<Long, Integer> rankOfId, long[] idsByRank);

    @ProcessElement
    public void process(ProcessContext c) {
      if (revaluer == null) {
        revaluer = c.sideInput(portfolio).revaluer(layout);
        ranks = c.sideInput(tail);
        rankOfId = ranks.rankOfId();
      }
      if (rankOfId.isEmpty()) {
        return;
      }
      ShockBlock block = tailScenarios(c.element(), rankOfId, ranks.idsByRank());
      if (block.size() == 0) {
        return;
      }
      double[][] pnl = revaluer.positionPnl(block);
      TailContributions partial = new TailContributions(ranks.tailCounts(), revaluer.positions());
      long[] ids = block.scenarioIds();
      for (int i = 0; i < ids.length; i++) {
        partial.add(rankOfId.get(ids[i]), ids[i], pnl, i);
      }
      c.output(partial);
    }
  }

  private static final class GeneratedFn extends TailFn<ScenarioRange> {
    private final FactorCovariance covariance;
    private final long seed;
    private transient CorrelatedShockGenerator generator;
    private transient long[] sortedTailIds;

    GeneratedFn(FactorCovariance covariance, long seed, PCollectionView<PortfolioSnapshot> portfolio,
        PCollectionView<TailRanks> tail) {
      super(covariance.layout(), portfolio, tail);
      this.covariance = covariance;
      this.seed = seed;
    }

    @Setup
    public void setup() {
      generator = new CorrelatedShockGenerator(covariance.layout(), covariance.matrix(), seed);
    }

    /** Regenerates only the range's tail scenarios (generated ids are indices, so a sorted search finds them). */
    @Override
    ShockBlock tailScenarios(ScenarioRange range, Map<Long, Integer> rankOfId, long[] idsByRank) {
      if (sortedTailIds == null) {
        sortedTailIds = idsByRank.clone();
        java.util.Arrays.sort(sortedTailIds);
      }
      int from = lowerBound(sortedTailIds, range.first());
      int to = lowerBound(sortedTailIds, range.first() + range.count());
      ShockBlock.Builder builder = new ShockBlock.Builder(layout, to - from);
      double[] row = new double[layout.size()];
      for (int k = from; k < to; k++) {
        ShockBlock one = generator.generate(sortedTailIds[k], 1).build();
        for (int f = 0; f < row.length; f++) {
          row[f] = one.shocks()[f][0];
        }
        builder.add(sortedTailIds[k], row);
      }
      return builder.build();
    }

    private static int lowerBound(long[] sorted, long key) {
      int i = java.util.Arrays.binarySearch(sorted, key);
      return i >= 0 ? i : -i - 1;
    }
  }

  private static final class RowsFn extends TailFn<KV<Integer, Iterable<ScenarioRow>>> {

    RowsFn(ScenarioLayout layout, PCollectionView<PortfolioSnapshot> portfolio, PCollectionView<TailRanks> tail) {
      super(layout, portfolio, tail);
    }

    /** Duplicated ids never reach the tail (they were rejected), so each tail id has one row here. */
    @Override
    ShockBlock tailScenarios(KV<Integer, Iterable<ScenarioRow>> shard, Map<Long, Integer> rankOfId, long[] idsByRank) {
      ShockBlock.Builder builder = new ShockBlock.Builder(layout, 16);
      for (ScenarioRow row : shard.getValue()) {
        if (rankOfId.containsKey(row.scenarioId())) {
          builder.add(row.scenarioId(), row.shocks());
        }
      }
      return builder.build();
    }
  }

  /** Merges partial contributions; the first partial fixes the shape (levels, positions). */
  static final class MergeFn extends Combine.CombineFn<TailContributions, MergeFn.Holder, TailContributions> {

    static final class Holder implements Serializable {
      private static final long serialVersionUID = 1L;
      TailContributions merged;

      void add(TailContributions partial) {
        if (merged == null) {
          merged = partial.emptyCopy();
        }
        merged.merge(partial);
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Holder h && java.util.Objects.equals(merged, h.merged);
      }

      @Override
      public int hashCode() {
        return java.util.Objects.hashCode(merged);
      }
    }

    @Override
    public Holder createAccumulator() {
      return new Holder();
    }

    @Override
    public Holder addInput(Holder holder, TailContributions partial) {
      holder.add(partial);
      return holder;
    }

    @Override
    public Holder mergeAccumulators(Iterable<Holder> holders) {
      Holder result = new Holder();
      for (Holder h : holders) {
        if (h.merged != null) {
          result.add(h.merged);
        }
      }
      return result;
    }

    @Override
    public TailContributions extractOutput(Holder holder) {
      return holder.merged;
    }

    @Override
    public Coder<Holder> getAccumulatorCoder(CoderRegistry registry, Coder<TailContributions> inputCoder) {
      return SerializableCoder.of(Holder.class);
    }
  }
}
