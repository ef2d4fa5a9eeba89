package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.synthetic.SyntheticFirmGenerator;
import io.quantbeam.transforms.merton.FirmHistoryCoder;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.beam.sdk.coders.VarLongCoder;
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
 * {@code merton-generate}). Firm i depends only on (seed, i).
 */
final class SampleFirms extends PTransform<PBegin, PCollection<FirmHistory>> {

  static final LocalDate START = LocalDate.of(2015, 1, 2);
  static final int DAYS_PER_YEAR = 252;

  private final int firms;
  private final int years;
  private final long seed;
  private final boolean countAsInput;

  /**
   * @param countAsInput count the generated rows as the run's input rows ({@code rows_in}), as when
   *     the sample stands in for input files
   */
  SampleFirms(int firms, int years, long seed, boolean countAsInput) {
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
  }

  @Override
  public PCollection<FirmHistory> expand(PBegin begin) {
    return begin
        .apply("FirmIndices", Create.of(LongStream.range(0, firms).boxed().collect(Collectors.toList()))
            .withCoder(VarLongCoder.of()))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply("Simulate", ParDo.of(new SimulateFn(seed, years * DAYS_PER_YEAR, countAsInput)))
        .setCoder(FirmHistoryCoder.of());
  }

  private static final class SimulateFn extends DoFn<Long, FirmHistory> {
    private final long seed;
    private final int tradingDays;
    private final boolean countAsInput;
    private final Counter rowsIn = Metrics.counter(MertonMetrics.NAMESPACE, MertonMetrics.ROWS_IN);
    private final Counter firmsCounter = Metrics.counter(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS);
    private transient SyntheticFirmGenerator generator;

    SimulateFn(long seed, int tradingDays, boolean countAsInput) {
      this.seed = seed;
      this.tradingDays = tradingDays;
      this.countAsInput = countAsInput;
    }

    @Setup
    public void setup() {
      generator = new SyntheticFirmGenerator(seed, START, tradingDays);
    }

    @ProcessElement
    public void process(@Element Long index, OutputReceiver<FirmHistory> out) {
      FirmHistory firm = generator.firm(index);
      if (countAsInput) {
        rowsIn.inc(firm.size());
        firmsCounter.inc();
      }
      out.output(firm);
    }
  }
}
