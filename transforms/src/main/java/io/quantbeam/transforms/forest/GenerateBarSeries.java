package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.MinuteBarGenerator;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
 * Synthetic minute bars made inside the pipeline, one element per symbol, symbols spread over the
 * workers ({@link MinuteBarGenerator}; a symbol's bars depend only on the seed and its name).
 */
public final class GenerateBarSeries extends PTransform<PBegin, PCollection<BarSeries>> {

  private final List<String> symbols;
  private final MinuteBarGenerator generator;
  private final boolean countAsInput;

  /**
   * @param countAsInput count the bars as the run's input ({@code bars_in}), as when the sample
   *     stands in for input files
   */
  public GenerateBarSeries(List<String> symbols, MinuteBarGenerator generator, boolean countAsInput) {
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("no symbols to generate");
    }
    this.symbols = List.copyOf(symbols);
    this.generator = generator;
    this.countAsInput = countAsInput;
  }

  @Override
  public PCollection<BarSeries> expand(PBegin begin) {
    return begin
        .apply("Symbols", Create.of(symbols).withCoder(StringUtf8Coder.of()))
        .apply("SpreadSymbols", Reshuffle.viaRandomKey())
        .apply("SimulateBars", ParDo.of(new SimulateFn(generator, countAsInput)))
        .setCoder(BarSeriesCoder.of());
  }

  private static final class SimulateFn extends DoFn<String, BarSeries> {
    private final MinuteBarGenerator generator;
    private final boolean countAsInput;
    private final Counter barsIn = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_IN);
    private final Counter barsUsed = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_USED);
    private final Counter symbols = ProgressCounters.counter(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS);

    SimulateFn(MinuteBarGenerator generator, boolean countAsInput) {
      this.generator = generator;
      this.countAsInput = countAsInput;
    }

    @ProcessElement
    public void process(@Element String symbol, OutputReceiver<BarSeries> out) {
      BarSeries series = generator.generate(symbol);
      if (countAsInput) {
        barsIn.inc(series.size());
        barsUsed.inc(series.size());
        symbols.inc();
      }
      out.output(series);
    }
  }
}
