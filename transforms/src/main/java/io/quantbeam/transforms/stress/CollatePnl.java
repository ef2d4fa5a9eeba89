package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.PnlDistribution;
import java.io.Serializable;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Collates the shards' partial P&amp;L distributions into one: exact counts and sums, min and max,
 * and the largest losses per book and in total (exactly the m largest any level needs). The merge
 * is associative and commutative with identical results in any order, so runners may combine
 * partials as they like. With no shards the result is an empty distribution.
 */
public final class CollatePnl extends PTransform<PCollection<PnlDistribution>, PCollection<PnlDistribution>> {

  private final int books;

  public CollatePnl(int books) {
    this.books = books;
  }

  @Override
  public PCollection<PnlDistribution> expand(PCollection<PnlDistribution> partials) {
    return partials.apply("Merge", Combine.globally(new MergeFn(books)))
        .setCoder(SerializableCoder.of(PnlDistribution.class));
  }

  /** The running merge; null until the first partial (whose tail capacity it then takes). */
  static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    PnlDistribution merged;

    void add(PnlDistribution partial) {
      if (merged == null) {
        merged = new PnlDistribution(partial.books(), partial.tailCapacity());
      }
      merged.merge(partial);
    }
  }

  static final class MergeFn extends Combine.CombineFn<PnlDistribution, Accumulator, PnlDistribution> {
    private final int books;

    MergeFn(int books) {
      this.books = books;
    }

    @Override
    public Accumulator createAccumulator() {
      return new Accumulator();
    }

    @Override
    public Accumulator addInput(Accumulator accumulator, PnlDistribution partial) {
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
    public PnlDistribution extractOutput(Accumulator accumulator) {
      return accumulator.merged != null ? accumulator.merged : new PnlDistribution(books, 1);
    }

    @Override
    public Coder<Accumulator> getAccumulatorCoder(CoderRegistry registry, Coder<PnlDistribution> inputCoder)
        throws CannotProvideCoderException {
      return SerializableCoder.of(Accumulator.class);
    }

    @Override
    public Coder<PnlDistribution> getDefaultOutputCoder(CoderRegistry registry, Coder<PnlDistribution> inputCoder) {
      return SerializableCoder.of(PnlDistribution.class);
    }
  }
}
