package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.Position;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleHistory;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;

/**
 * {@code stress-generate}: a realistic market ({@code market.json}), a factor covariance over the
 * chosen horizon ({@code covariance.csv}, positive definite) and a portfolio of any size
 * ({@code portfolio-*.parquet} or {@code .csv}), all deterministic from the seed. Positions are
 * generated in parallel batches; position i depends only on (seed, i).
 */
public final class StressGeneratePipeline {

  static final String DEFAULT_OUTPUT = "out/stress-input";
  private static final int BATCH = 10_000;

  private StressGeneratePipeline() {}

  /** The catalog entry: {@code -Dpipeline=stress-generate}. */
  public static final PipelineEntry<StressGenerateOptions> ENTRY = new PipelineEntry<>("stress-generate",
      "Realistic market, factor covariance and a portfolio of any size", StressGenerateOptions.class,
      StressGeneratePipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(StressGenerateOptions options) {
    FileFormat format = FileFormat.parse("outputFormat", options.getOutputFormat());
    if (options.getPositions() < 1) {
      throw new IllegalArgumentException("--positions must be >= 1, got " + options.getPositions());
    }
    int horizonDays = options.getHorizonDays() == null ? StressGenerateOptions.DEFAULT_HORIZON_DAYS
        : options.getHorizonDays();
    if (horizonDays < 1) {
      throw new IllegalArgumentException("--horizonDays must be >= 1, got " + horizonDays);
    }
    String output = options.getOutput() != null ? options.getOutput() : DEFAULT_OUTPUT;
    PipelineRun run = ENTRY.start(options);
    MarketData market = SampleMarket.generate(options.getSeed());
    FactorCovariance covariance = SampleCovariance.generate(market, options.getSeed(), horizonDays);
    if (options.getHistoryDays() == 1 || options.getHistoryDays() < 0) {
      throw new IllegalArgumentException("--historyDays must be 0 (no history) or >= 2, got " + options.getHistoryDays());
    }
    LocalDate historyStart = historyStart(options.getHistoryStart());
    String history = null;
    OutputStaging staging = run.stage(output, List.of(StressInputWriter.PORTFOLIO + "-*", StressInputWriter.MARKET,
        StressInputWriter.COVARIANCE, StressInputWriter.HISTORY));
    try {
      StressInputWriter.market(staging.location(), market);
      StressInputWriter.covariance(staging.location(), covariance);
      if (options.getHistoryDays() > 0) {
        history = StressInputWriter.history(staging.location(), SampleHistory.generate(market,
            SampleCovariance.generate(market, options.getSeed(), 1), options.getSeed(),
            historyStart, options.getHistoryDays()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + output + ": " + e.getMessage(), e);
    }

    List<KV<Long, Integer>> batches = new ArrayList<>();
    for (long first = 0; first < options.getPositions(); first += BATCH) {
      batches.add(KV.of(first, (int) Math.min(BATCH, options.getPositions() - first)));
    }
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("Batches", Create.of(batches).withCoder(KvCoder.of(VarLongCoder.of(), VarIntCoder.of())))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply("GeneratePositions", ParDo.of(new GenerateFn(market, options.getSeed())))
        .setCoder(SerializableCoder.of(PositionBatch.class))
        .apply("WritePortfolio", PortfolioSinks.TABLE.writeTo(staging.location(), StressInputWriter.PORTFOLIO, format));
    long positions = options.getPositions();
    PipelineResult result = run.execute(pipeline,
        Progress.rowsWritten(StressInputWriter.PORTFOLIO, "positions", () -> positions), staging);
    RunSummary summary = new RunSummary(ENTRY.name(), String.format(Locale.ROOT,
        "%,d positions, %d factors, %d-day covariance, seed %d, %.1f s", positions, covariance.layout().size(),
        horizonDays, options.getSeed(), run.seconds()), 12)
        .fact("market", OutputPaths.child(output, StressInputWriter.MARKET))
        .fact("covariance", OutputPaths.child(output, StressInputWriter.COVARIANCE))
        .fact("portfolio", OutputPaths.child(output, StressInputWriter.PORTFOLIO + "-*" + format.suffix()));
    if (history != null) {
      summary.fact("history", String.format(Locale.ROOT, "%s (%,d business days from %s)",
          OutputPaths.child(output, StressInputWriter.HISTORY),
          options.getHistoryDays(), options.getHistoryStart()));
    }
    run.finishGenerator(output, "Stress test inputs", summary, result);
    return result;
  }

  private static LocalDate historyStart(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--historyStart must be a date yyyy-mm-dd, got " + text);
    }
  }

  private static final class GenerateFn extends DoFn<KV<Long, Integer>, PositionBatch> {
    private final MarketData market;
    private final long seed;

    GenerateFn(MarketData market, long seed) {
      this.market = market;
      this.seed = seed;
    }

    @ProcessElement
    public void process(@Element KV<Long, Integer> batch, OutputReceiver<PositionBatch> out) {
      List<Position> positions = new ArrayList<>(batch.getValue());
      for (int i = 0; i < batch.getValue(); i++) {
        positions.add(SamplePortfolio.position(market, seed, batch.getKey() + i));
      }
      out.output(new PositionBatch(positions));
    }
  }
}
