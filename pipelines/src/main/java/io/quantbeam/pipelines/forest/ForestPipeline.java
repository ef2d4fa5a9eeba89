package io.quantbeam.pipelines.forest;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.forest.ForestMetrics;
import io.quantbeam.transforms.forest.ForestSettings;
import io.quantbeam.transforms.forest.GenerateBarSeries;
import io.quantbeam.transforms.forest.GridSearchForests;
import io.quantbeam.transforms.forest.SymbolResult;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Random-forest training with grid search per stock (specs/forest.md): read bars → validate →
 * group per symbol in time order → prepare matrices once → grid of sub-forests → best grid point
 * → final model → write tables, JSON and models, with rejected rows under
 * {@code <output>/dead-letter/} and a summary at the end.
 */
public final class ForestPipeline {

  static final String SAMPLE_OUTPUT = "out/forest";
  static final String RESULTS_PREFIX = "results";
  static final String GRID_PREFIX = "grid";
  static final String MODELS = "models";
  static final String SUMMARY_FILE = "summary.txt";
  static final LocalDate SAMPLE_FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final double SAMPLE_TICK = 0.05;

  private ForestPipeline() {}

  /** The catalog entry: {@code -Dpipeline=forest}. */
  public static final PipelineEntry<ForestOptions> ENTRY = new PipelineEntry<>("forest",
      "Random forests per stock on minute bars, grid search fanned out as sub-forests", ForestOptions.class,
      ForestPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  /** Checks the options and the input, runs the pipeline to the end, prints the summary. */
  public static PipelineResult run(ForestOptions options) {
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    ForestSettings settings = ForestRunSettings.from(options, output, sample);
    PipelineRun run = ENTRY.start(options);

    CheckedInput input = BarFiles.check(options.getInput(), options.getInputFormat());
    Pipeline pipeline = Pipeline.create(options);
    PCollection<BarSeries> series;
    PCollectionList<DeadLetter> rejected = PCollectionList.empty(pipeline);
    String inputDescription;
    if (sample) {
      if (options.getSampleSymbols() < 1) {
        throw new IllegalArgumentException("--sampleSymbols must be >= 1, got " + options.getSampleSymbols());
      }
      List<String> symbols = SampleSymbols.first(options.getSampleSymbols());
      if (options.getSampleDays() < 1) {
        throw new IllegalArgumentException("--sampleDays must be >= 1, got " + options.getSampleDays());
      }
      series = pipeline.apply("SampleBars", new GenerateBarSeries(symbols,
          new MinuteBarGenerator(SAMPLE_FIRST_DAY, options.getSampleDays(), SAMPLE_TICK, options.getSeed()), true));
      inputDescription = "built-in sample: " + symbols.size() + " symbols × " + options.getSampleDays()
          + " business days of minute bars";
    } else {
      BarFiles.Read bars = BarFiles.read(pipeline, input);
      inputDescription = input.describe();
      series = bars.series();
      rejected = rejected.and(bars.rejected());
    }

    // Tables, JSON, models and dead letters go to the staging folder; a failed run keeps the last ones.
    OutputStaging staging = run.stage(output, List.of(RESULTS_PREFIX + "-*", GRID_PREFIX + "-*", ForestResultJson.FILE,
        MODELS + "/*", DeadLetterOutput.FOLDER + "/*", SUMMARY_FILE));
    String staged = staging.location();
    PCollection<SymbolResult> results = series.apply("GridSearch",
        new GridSearchForests(settings).writingModelsTo(OutputPaths.child(staged, MODELS)));
    results.apply("WriteResults", FileIO.<SymbolResult>write()
        .via(ForestTableSinks.RESULTS.sink(outputFormat)).to(staged).withPrefix(RESULTS_PREFIX)
        .withSuffix(outputFormat.suffix()).withNumShards(1));
    results.apply("WriteGrid", FileIO.<SymbolResult>write()
        .via(ForestTableSinks.GRID.sink(outputFormat)).to(staged).withPrefix(GRID_PREFIX)
        .withSuffix(outputFormat.suffix()).withNumShards(1));
    results
        .apply("ResultsAsJson", MapElements.into(TypeDescriptors.strings()).via(ForestResultJson.toJson()))
        .apply("WriteResultsJson", TextIO.write().to(OutputPaths.child(staged, ForestResultJson.FILE)).withoutSharding());
    DeadLetterOutput.writeAll(rejected, staged, ForestMetrics.NAMESPACE);

    PipelineResult result;
    long subForestsPerSymbol = (long) settings.grid().size() * settings.subForests() + settings.finalSubForests();
    try {
      result = run.execute(pipeline, Progress.of(ForestMetrics.NAMESPACE, ForestMetrics.SUB_FORESTS, "sub-forests",
          () -> ProgressCounters.current(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS) * subForestsPerSymbol), staging);
    } finally {
      WorkFolder.delete(settings.workFolder());
    }
    ForestSummary summary = new ForestSummary(result, settings, options, inputDescription, output, outputFormat,
        run.seconds());
    ReportFiles.write(output, SUMMARY_FILE, summary.text(), "text/plain");
    run.finish(output, summary.report(), manifest -> manifest
            .inputs(sample ? List.of() : input.paths())
            .outputsIn(output, List.of(DeadLetterOutput.FOLDER, MODELS))
            .counts(summary.metrics().all()),
        summary.text());
    PipelineRun.requireSomeAccepted(summary.metrics().counter(ForestMetrics.BARS_IN),
        summary.metrics().counter(DeadLetterOutput.REJECTED), "bars", output);
    return result;
  }
}
