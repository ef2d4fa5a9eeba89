package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.PnlSeries;
import io.quantbeam.models.stress.SeriesFigures;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The combiner that collates exact tail statistics, per series (the total, and each book): the
 * shards' partial series merge into exact counts, sums, min and max, and exactly the m largest
 * losses any level needs; the result is the series' figures (mean, standard deviation, VaR and ES
 * per level, worst scenarios). The merge is associative and commutative with identical results in
 * any order, so runners may pre-combine partials as they like. One key per series keeps each
 * accumulator to one tail (16 bytes a kept loss), not all books' tails in one record.
 */
public final class CollatePnl
    extends PTransform<PCollection<KV<Integer, PnlSeries>>, PCollection<KV<Integer, SeriesFigures>>> {

  private final List<ConfidenceLevel> levels;
  private final int worstToList;

  public CollatePnl(List<ConfidenceLevel> levels, int worstToList) {
    this.levels = List.copyOf(levels);
    this.worstToList = worstToList;
  }

  @Override
  public PCollection<KV<Integer, SeriesFigures>> expand(PCollection<KV<Integer, PnlSeries>> partials) {
    return partials.apply("MergePerSeries", Combine.perKey(new CollateSeriesFn(levels, worstToList)))
        .setCoder(StressCoders.figuresByIndex());
  }

  /** The running merge; null until the first partial (whose tail capacity it then takes). */
  static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    PnlSeries merged;

    void add(PnlSeries partial) {
      if (merged == null) {
        merged = new PnlSeries(partial.tailCapacity()); // a copy: inputs are not to be changed
      }
      merged.merge(partial);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Accumulator other && java.util.Objects.equals(merged, other.merged);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(merged);
    }
  }

  static final class CollateSeriesFn extends Combine.CombineFn<PnlSeries, Accumulator, SeriesFigures> {
    private final List<ConfidenceLevel> levels;
    private final int worstToList;

    CollateSeriesFn(List<ConfidenceLevel> levels, int worstToList) {
      this.levels = levels;
      this.worstToList = worstToList;
    }

    @Override
    public Accumulator createAccumulator() {
      return new Accumulator();
    }

    @Override
    public Accumulator addInput(Accumulator accumulator, PnlSeries partial) {
      accumulator.add(partial);
      return accumulator;
    }

    @Override
    public Accumulator mergeAccumulators(Iterable<Accumulator> accumulators) {
      Accumulator result = new Accumulator();
      for (Accumulator a : accumulators) {
        if (a.merged != null) {
          result.add(a.merged);
        }
      }
      return result;
    }

    @Override
    public SeriesFigures extractOutput(Accumulator accumulator) {
      return accumulator.merged == null ? SeriesFigures.empty(levels)
          : accumulator.merged.figures(levels, worstToList);
    }

    @Override
    public Coder<Accumulator> getAccumulatorCoder(CoderRegistry registry, Coder<PnlSeries> inputCoder) {
      return SerializableCoder.of(Accumulator.class);
    }
  }
}
