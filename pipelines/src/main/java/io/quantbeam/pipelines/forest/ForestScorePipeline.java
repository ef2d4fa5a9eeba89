package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.BatchFileWrite;
import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.Cli;
import io.quantbeam.pipelines.PipelineCatalog;
import io.quantbeam.pipelines.RunMetrics;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputFolder;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.pipelines.report.RunManifest;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.forest.BarSeriesCoder;
import io.quantbeam.transforms.forest.ForestMetrics;
import io.quantbeam.transforms.forest.GenerateBarSeries;
import io.quantbeam.transforms.forest.ScoreBars;
import io.quantbeam.transforms.forest.ScoredSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * {@code forest-score}: loads saved forest models and predicts the next minute's TYPPRICE for new
 * bars: read bars → validate → group per symbol in time order → predict with the symbol's model
 * → write predictions, with per-symbol MSE where the next bar is known and a summary.
 */
public final class ForestScorePipeline {

  static final String SAMPLE_OUTPUT = "out/forest-score";
  static final String PREFIX = "predictions";
  static final String SUMMARY_FILE = "summary.txt";
  /** Business days the sample scores, after the forest sample's days. */
  static final int SAMPLE_NEW_DAYS = 5;

  private ForestScorePipeline() {}

  public static void main(String[] args) {
    Cli.run(args, ForestScoreOptions.class, ForestScorePipeline::run);
  }

  public static PipelineResult run(ForestScoreOptions options) {
    long started = System.nanoTime();
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    Runners.tune(options);
    CheckedInput input = BarFiles.check(options.getInput(), options.getInputFormat());
    Pipeline pipeline = Pipeline.create(options);
    PCollection<BarSeries> series;
    PCollectionList<DeadLetter> rejected = PCollectionList.empty(pipeline);
    String inputDescription;
    ModelCatalog models;
    try {
      models = ModelCatalog.find(options.getModels());
      if (sample) {
        if (options.getSampleSymbols() < 1 || options.getSampleDays() < 1) {
          throw new IllegalArgumentException("--sampleSymbols and --sampleDays must be >= 1");
        }
        MinuteBarGenerator generator = new MinuteBarGenerator(ForestPipeline.SAMPLE_FIRST_DAY,
            options.getSampleDays() + SAMPLE_NEW_DAYS, ForestPipeline.SAMPLE_TICK, options.getSeed());
        series = pipeline
            .apply("SampleBars", new GenerateBarSeries(SampleSymbols.first(options.getSampleSymbols()), generator, false))
            .apply("KeepNewDays", ParDo.of(new KeepNewDaysFn()))
            .setCoder(BarSeriesCoder.of());
        inputDescription = "built-in sample: the forest sample's " + options.getSampleSymbols() + " symbols, "
            + SAMPLE_NEW_DAYS + " business days after its " + options.getSampleDays() + " (plus "
            + FeatureLayout.LAGS + " bars for the first lags)";
      } else {
        BarFiles.Read bars = BarFiles.read(pipeline, input);
        inputDescription = input.describe();
        series = bars.series();
        rejected = rejected.and(bars.rejected());
      }
      OutputFolder.clear(output, List.of(PREFIX + "-*", ScoreJson.FILE, DeadLetterOutput.FOLDER + "/*", SUMMARY_FILE,
          "run.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input or prepare " + output + ": " + e.getMessage(), e);
    }

    PCollection<ScoredSeries> scored = series.apply("Score",
        new ScoreBars(models.pathBySymbol(), models.layoutBySymbol()));
    scored.apply("WritePredictions",
        BatchFileWrite.to(output, PREFIX, outputFormat.suffix(), PredictionSinks.of(outputFormat)));
    scored
        .apply("ScoresAsJson", MapElements.into(TypeDescriptors.strings()).via(ScoreJson.toJson()))
        .apply("WriteScores", TextIO.write().to(OutputPaths.child(output, ScoreJson.FILE)).withoutSharding());
    DeadLetterOutput.writeAll(rejected, output, ForestMetrics.NAMESPACE);

    Instant startedAt = Instant.now();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - started) / 1e9;
    RunMetrics metrics = RunMetrics.of(result, ForestMetrics.NAMESPACE);
    String text = summary(result, options, metrics, models, inputDescription, output, outputFormat, seconds);
    ReportFiles.write(output, SUMMARY_FILE, text, "text/plain");
    new RunManifest(PipelineCatalog.FOREST_SCORE.pipelineName(), options, startedAt, seconds)
        .inputs(sample ? List.of() : input.paths())
        .outputsIn(output, List.of(DeadLetterOutput.FOLDER))
        .counts(metrics.all())
        .put("models", models.pathBySymbol())
        .writeTo(output);
    System.out.println(text);
    return result;
  }

  private static String summary(PipelineResult result, ForestScoreOptions options, RunMetrics m, ModelCatalog models,
      String input, String output, FileFormat format, double seconds) {
    long barsIn = m.counter(ForestMetrics.BARS_IN);
    long used = m.counter(ForestMetrics.BARS_USED);
    long rejected = m.counter(DeadLetterOutput.REJECTED);
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nforest-score  %s runner, %s%n",
        Runners.name(options), result.getState()));
    s.append(String.format(Locale.ROOT, "  %-13s %s%n", "input", input));
    s.append(String.format(Locale.ROOT, "  %-13s %d from %s%n", "models", models.pathBySymbol().size(), options.getModels()));
    s.append(String.format(Locale.ROOT, "  %-13s %,d = %,d used + %,d rejected%s%n", "bars in", barsIn, used, rejected,
        barsIn == used + rejected ? "" : "  (MISMATCH)"));
    s.append(String.format(Locale.ROOT, "  %-13s %,d bars used = %,d predicted + %,d without all lags + %,d without a model%n",
        "scored", used, m.counter(ForestMetrics.ROWS_SCORED), m.counter(ForestMetrics.BARS_WITHOUT_LAGS),
        m.counter(ForestMetrics.BARS_WITHOUT_MODEL)));
    s.append(String.format(Locale.ROOT, "  %-13s %.1f s%n", "wall time", seconds));
    s.append(String.format(Locale.ROOT, "  %-13s %s, %s%n", "predictions", OutputPaths.child(output, PREFIX + "-*" + format.suffix()),
        OutputPaths.child(output, ScoreJson.FILE)));
    s.append(String.format(Locale.ROOT, "  %-13s %s%n%n", "dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/")));
    s.append(String.format(Locale.ROOT, "  %-12s %10s %14s%n", "symbol", "predicted", "MSE"));
    for (JsonNode symbol : ScoreJson.read(output)) {
      if (ScoredSeries.NO_MODEL.equals(symbol.get("status").asText())) {
        s.append(String.format(Locale.ROOT, "  %-12s no model: %,d bars not scored%n", symbol.get("symbol").asText(),
            symbol.get("bars").asInt()));
      } else {
        s.append(String.format(Locale.ROOT, "  %-12s %,10d %14s%n", symbol.get("symbol").asText(),
            symbol.get("rowsScored").asInt(), symbol.get("mse").isNull() ? "-" : String.format(Locale.ROOT, "%.6f",
                symbol.get("mse").asDouble())));
      }
    }
    return s.toString();
  }

  /** The sample's new days: the last {@value #SAMPLE_NEW_DAYS} sessions and the bars their first lags need. */
  private static final class KeepNewDaysFn extends DoFn<BarSeries, BarSeries> {
    private final Counter barsIn = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_IN);
    private final Counter barsUsed = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_USED);

    @ProcessElement
    public void process(@Element BarSeries series, OutputReceiver<BarSeries> out) {
      BarSeries kept = series.tail(SAMPLE_NEW_DAYS * MinuteBarGenerator.BARS_PER_SESSION + FeatureLayout.LAGS);
      barsIn.inc(kept.size());
      barsUsed.inc(kept.size());
      out.output(kept);
    }
  }
}
