package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.synthetic.SyntheticFirmGenerator;
import io.quantbeam.transforms.merton.FirmHistoryCoder;
import io.quantbeam.transforms.merton.MertonMetrics;
import io.quantbeam.transforms.progress.ProgressCounters;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Deterministic synthetic firms made inside the pipeline: the built-in sample (and the source of
 * {@code merton-generate}). Firm i depends only on (seed, i). Firms are made in shards of
 * consecutive indices, one unit of work each.
 */
final class SampleFirms extends PTransform<PBegin, PCollection<FirmHistory>> {

  static final LocalDate START = LocalDate.of(2015, 1, 2);
  static final int DAYS_PER_YEAR = 252;

  private final int firms;
  private final int years;
  private final long seed;
  private final boolean countAsInput;
  private final int shards;
  private final boolean staggeredListings;

  /**
   * @param countAsInput count the generated rows as the run's input rows ({@code rows_in}), as when
   *     the sample stands in for input files
   * @param shards how many units of work to make the firms in
   */
  SampleFirms(int firms, int years, long seed, boolean countAsInput, int shards) {
    this(firms, years, seed, countAsInput, shards, false);
  }

  /**
   * @param staggeredListings each firm listed for one spell of the {@code years}-year calendar (an
   *     unbalanced panel, {@link SyntheticFirmGenerator#withStaggeredListings()}) instead of all of it
   */
  SampleFirms(int firms, int years, long seed, boolean countAsInput, int shards, boolean staggeredListings) {
    if (firms < 1) {
      throw new IllegalArgumentException("the number of firms must be >= 1, got " + firms);
    }
    if (years < 1) {
      throw new IllegalArgumentException("the number of years must be >= 1, got " + years);
    }
    this.firms = firms;
    this.years = years;
    this.seed = seed;
    this.countAsInput = countAsInput;
    this.shards = Math.max(1, Math.min(shards, firms));
    this.staggeredListings = staggeredListings;
  }

  /** The generator behind the firms, on the calendar of {@code years} years. */
  static SyntheticFirmGenerator generator(long seed, int years, boolean staggeredListings) {
    SyntheticFirmGenerator calendar = new SyntheticFirmGenerator(seed, START, years * DAYS_PER_YEAR);
    return staggeredListings ? calendar.withStaggeredListings() : calendar;
  }

  /** How many rows (firm-days) firms 0 … firms−1 have. */
  static long rowCount(int firms, int years, long seed, boolean staggeredListings) {
    SyntheticFirmGenerator generator = generator(seed, years, staggeredListings);
    long rows = 0;
    for (int i = 0; i < firms; i++) {
      int[] spell = generator.listingSpell(i);
      rows += spell[1] - spell[0];
    }
    return rows;
  }

  @Override
  public PCollection<FirmHistory> expand(PBegin begin) {
    return begin
        .apply("Shards", Create.of(IntStream.range(0, shards).boxed().collect(Collectors.toList()))
            .withCoder(VarIntCoder.of()))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply("Simulate", ParDo.of(new SimulateFn(seed, years, staggeredListings, countAsInput, firms, shards)))
        .setCoder(FirmHistoryCoder.of());
  }

  private static final class SimulateFn extends DoFn<Integer, FirmHistory> {
    private final long seed;
    private final int years;
    private final boolean staggeredListings;
    private final boolean countAsInput;
    private final int firms;
    private final int shards;
    private final Counter rowsIn = Metrics.counter(MertonMetrics.NAMESPACE, MertonMetrics.ROWS_IN);
    private final Counter firmsCounter = ProgressCounters.counter(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS);
    private transient SyntheticFirmGenerator generator;

    SimulateFn(long seed, int years, boolean staggeredListings, boolean countAsInput, int firms, int shards) {
      this.seed = seed;
      this.years = years;
      this.staggeredListings = staggeredListings;
      this.countAsInput = countAsInput;
      this.firms = firms;
      this.shards = shards;
    }

    @Setup
    public void setup() {
      generator = generator(seed, years, staggeredListings);
    }

    @ProcessElement
    public void process(@Element Integer shard, OutputReceiver<FirmHistory> out) {
      long first = (long) firms * shard / shards;
      long end = (long) firms * (shard + 1) / shards;
      for (long index = first; index < end; index++) {
        FirmHistory firm = generator.firm(index);
        if (countAsInput) {
          rowsIn.inc(firm.size());
          firmsCounter.inc();
        }
        out.output(firm);
      }
    }
  }
}
