package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RowBalance;
import io.quantbeam.pipelines.run.RunSummary;
import java.util.ArrayList;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.forest.BarSeriesCoder;
import io.quantbeam.transforms.forest.ForestMetrics;
import io.quantbeam.transforms.forest.GenerateBarSeries;
import io.quantbeam.transforms.forest.ScoreBars;
import io.quantbeam.transforms.forest.ScoredSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** The catalog entry: {@code -Dpipeline=forest-score}. */
  public static final PipelineEntry<ForestScoreOptions> ENTRY = new PipelineEntry<>("forest-score",
      "Next-minute predictions of saved forest models for new bars", ForestScoreOptions.class,
      ForestScorePipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(ForestScoreOptions options) {
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    PipelineRun run = ENTRY.start(options);
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input or prepare " + output + ": " + e.getMessage(), e);
    }

    OutputStaging staging = run.stage(output, List.of(PREFIX + "-*", ScoreJson.FILE, DeadLetterOutput.FOLDER + "/*",
        SUMMARY_FILE));
    PCollection<ScoredSeries> scored = series.apply("Score",
        new ScoreBars(models.pathBySymbol(), models.layoutBySymbol()));
    scored.apply("WritePredictions", PredictionSinks.TABLE.writeTo(staging.location(), PREFIX, outputFormat));
    scored
        .apply("ScoresAsJson", MapElements.into(TypeDescriptors.strings()).via(ScoreJson.toJson()))
        .apply("WriteScores", TextIO.write().to(OutputPaths.child(staging.location(), ScoreJson.FILE)).withoutSharding());
    DeadLetterOutput.writeAll(rejected, staging.location(), ForestMetrics.NAMESPACE);

    PipelineResult result = run.execute(pipeline,
        Progress.of(ForestMetrics.NAMESPACE, ForestMetrics.ROWS_SCORED, "predictions", () -> 0), staging);
    RunMetrics metrics = RunMetrics.of(result, ForestMetrics.NAMESPACE);
    RunSummary summary = summary(result, options, metrics, models, inputDescription, output, outputFormat,
        run.seconds());
    List<JsonNode> symbols = ScoreJson.read(output);
    String text = summary.text() + symbolTable(symbols);
    ReportFiles.write(output, SUMMARY_FILE, text, "text/plain");
    run.finish(output, report(summary, symbols), manifest -> manifest
            .inputs(sample ? List.of() : input.paths())
            .outputsIn(output, List.of(DeadLetterOutput.FOLDER))
            .counts(metrics.all())
            .put("models", models.pathBySymbol()),
        text);
    PipelineRun.requireSomeAccepted(metrics.counter(ForestMetrics.BARS_IN), metrics.counter(DeadLetterOutput.REJECTED),
        "bars", output);
    return result;
  }

  private static RunSummary summary(PipelineResult result, ForestScoreOptions options, RunMetrics m,
      ModelCatalog models, String input, String output, FileFormat format, double seconds) {
    long used = m.counter(ForestMetrics.BARS_USED);
    return new RunSummary(ENTRY.name(), String.format(Locale.ROOT, "%s runner, %s", Runners.name(options),
        result.getState()), 13)
        .fact("input", input)
        .fact("models", String.format(Locale.ROOT, "%d from %s", models.pathBySymbol().size(), options.getModels()))
        .fact("bars in", RowBalance.of(m.counter(ForestMetrics.BARS_IN)).part(used, "used")
            .part(m.counter(DeadLetterOutput.REJECTED), "rejected").text())
        .fact("scored", String.format(Locale.ROOT, "%,d bars used = %,d predicted + %,d without all lags + %,d without a model",
            used, m.counter(ForestMetrics.ROWS_SCORED), m.counter(ForestMetrics.BARS_WITHOUT_LAGS),
            m.counter(ForestMetrics.BARS_WITHOUT_MODEL)))
        .fact("wall time", String.format(Locale.ROOT, "%.1f s", seconds))
        .fact("predictions", OutputPaths.child(output, PREFIX + "-*" + format.suffix()) + ", "
            + OutputPaths.child(output, ScoreJson.FILE))
        .fact("dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"))
        .fact("report", OutputPaths.child(output, "report.html"));
  }

  /** Predictions and MSE per symbol, as printed under the summary. */
  private static String symbolTable(List<JsonNode> symbols) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n  %-12s %10s %14s%n", "symbol", "predicted", "MSE"));
    for (List<String> row : symbolRows(symbols)) {
      s.append(row.get(1).isEmpty()
          ? String.format(Locale.ROOT, "  %-12s %s%n", row.get(0), row.get(2))
          : String.format(Locale.ROOT, "  %-12s %10s %14s%n", row.get(0), row.get(1), row.get(2)));
    }
    return s.toString();
  }

  /** One row per symbol: symbol, predictions (empty without a model), MSE or what happened. */
  private static List<List<String>> symbolRows(List<JsonNode> symbols) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode symbol : symbols) {
      String name = symbol.get("symbol").asText();
      if (ScoredSeries.NO_MODEL.equals(symbol.get("status").asText())) {
        rows.add(List.of(name, "", String.format(Locale.ROOT, "no model: %,d bars not scored", symbol.get("bars").asInt())));
      } else {
        rows.add(List.of(name, String.format(Locale.ROOT, "%,d", symbol.get("rowsScored").asInt()),
            symbol.get("mse").isNull() ? "-" : String.format(Locale.ROOT, "%.6f", symbol.get("mse").asDouble())));
      }
    }
    return rows;
  }

  private static HtmlReport report(RunSummary summary, List<JsonNode> symbols) {
    return new HtmlReport("Forest predictions", summary.headline())
        .section("Run").facts(summary.facts())
        .section("Symbols").table(List.of("symbol", "predictions", "MSE (price units²)"), symbolRows(symbols))
        .note("MSE compares each predicted next-minute TYPPRICE with the actual one, where the next bar is known.");
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
