package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.pipelines.io.ReadRows;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.merton.AssembleFirmHistories;
import io.quantbeam.transforms.merton.EstimateMerton;
import io.quantbeam.transforms.merton.MertonInput;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import io.quantbeam.transforms.merton.SummariseForReport;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Merton distance to default for every firm and day (specs/merton.md):
 * read → validate → group per firm in date order → estimate → write, with rejected rows written
 * to {@code <output>/dead-letter/} and a summary at the end.
 */
public final class MertonPipeline {

  static final String RESULT_PREFIX = "merton";
  static final String SAMPLE_OUTPUT = "out/merton";
  static final long SAMPLE_SEED = 20240501L;

  private MertonPipeline() {}

  /** The catalog entry: {@code -Dpipeline=merton}. */
  public static final PipelineEntry<MertonOptions> ENTRY = new PipelineEntry<>("merton",
      "Merton distance to default and default probability per firm and day", MertonOptions.class,
      MertonPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  /** Checks the options and the input, runs the pipeline to the end, prints the summary. */
  public static PipelineResult run(MertonOptions options) {
    MertonSettings settings = MertonRunSettings.from(options);
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    PipelineRun run = ENTRY.start(options); // before any file is touched: it sets up s3:// with these options
    MertonInputs inputs = MertonInputs.from(options);
    boolean sample = inputs.firms() == null;
    int shards = options.getFirmShards() > 0 ? options.getFirmShards()
        : shardsFor(inputs.estimatedRows(), Runners.parallelism(options));
    OutputTable<MertonResult> table = switch (options.getLayout().trim().toLowerCase(java.util.Locale.ROOT)) {
      case "long" -> MertonResultSinks.TABLE;
      case "wide" -> MertonWideSinks.table(settings.horizonsYears());
      default -> throw new IllegalArgumentException("--layout must be long or wide, got '" + options.getLayout() + "'");
    };

    Pipeline pipeline = Pipeline.create(options);
    PCollection<FirmHistory> firms;
    PCollectionList<DeadLetter> rejected = PCollectionList.empty(pipeline);
    String inputDescription;
    if (sample) {
      firms = pipeline.apply("SampleFirms", new SampleFirms(options.getSampleFirms(), options.getSampleYears(),
          SAMPLE_SEED, true, shards));
      inputDescription = "built-in sample: " + options.getSampleFirms() + " firms × " + options.getSampleYears()
          + " years";
    } else {
      inputDescription = inputs.firms().describe();
      PCollectionTuple read = pipeline.apply("ReadObservations",
          new ReadRows(inputs.firms(), MertonInput.SCHEMA, MertonMetrics.NAMESPACE, MertonMetrics.ROWS_IN,
              inputs.firmIdByFile()));
      AssembleFirmHistories assemble = inputs.ratesByDay() == null
          ? AssembleFirmHistories.withRatesInRows(shards)
          : AssembleFirmHistories.withRatesByDay(shards, ratesView(pipeline, inputs.ratesByDay()));
      PCollectionTuple assembled = read.get(ReadRows.CHUNKS).apply("AssembleFirms", assemble);
      firms = assembled.get(AssembleFirmHistories.HISTORIES);
      rejected = rejected.and(read.get(ReadRows.REJECTED))
          .and(assembled.get(AssembleFirmHistories.REJECTED));
    }

    OutputStaging staging = run.stage(output, List.of(RESULT_PREFIX + "-*", DeadLetterOutput.FOLDER + "/*",
        MertonReport.DATA_FILE));
    String staged = staging.location();
    PCollection<MertonResult> results = firms.apply("EstimateMerton", new EstimateMerton(settings));
    results.apply("WriteResults", table.writeTo(staged, RESULT_PREFIX, outputFormat));
    results
        .apply("SummariseForReport", new SummariseForReport(settings.horizonsYears()))
        .apply("ReportDataAsJson", MapElements.into(TypeDescriptors.strings()).via(MertonReport.toJson()))
        .apply("WriteReportData", TextIO.write().to(OutputPaths.child(staged, MertonReport.DATA_FILE)).withoutSharding());
    DeadLetterOutput.writeAll(rejected, staged, MertonMetrics.NAMESPACE);

    int sampleFirms = options.getSampleFirms();
    PipelineResult result = run.execute(pipeline, Progress.of(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS_ESTIMATED,
        "firms", sample ? () -> sampleFirms : () -> 0).withRate(MertonMetrics.SOLVES, "solves"), staging);
    MertonSummary summary = new MertonSummary(result, settings, options, inputDescription, output, outputFormat,
        run.seconds());
    run.finish(output,
        MertonReport.render(MertonReport.readData(output), summary.metrics(), summary.headline(), summary.facts()),
        manifest -> manifest
            .inputs(sample ? List.of() : inputs.firms().paths())
            .outputsIn(output, List.of(DeadLetterOutput.FOLDER))
            .counts(summary.metrics().all()),
        summary.text());
    PipelineRun.requireSomeAccepted(summary.metrics().counter(MertonMetrics.ROWS_IN),
        summary.metrics().counter(DeadLetterOutput.REJECTED), "rows", output);
    return result;
  }

  /** Input rows per firm shard: a shard's rows and results are one unit of work held in memory. */
  static final long ROWS_PER_SHARD = 200_000;

  /**
   * Firm shards for an input: four per worker thread, and more for big inputs so that a shard
   * (its chunks, histories and results, which the Direct runner holds in memory between steps)
   * stays near {@value #ROWS_PER_SHARD} rows: 8 shards for the study's 61 million rows ran out of a
   * 10 GB heap.
   */
  static int shardsFor(long estimatedRows, int parallelism) {
    return (int) Math.max(4L * parallelism, Math.min(100_000, (estimatedRows + ROWS_PER_SHARD - 1) / ROWS_PER_SHARD));
  }

  private static PCollectionView<Map<Long, Double>> ratesView(Pipeline pipeline, Map<Long, Double> rates) {
    return pipeline
        .apply("RiskFreeRates", Create.of(rates).withCoder(KvCoder.of(VarLongCoder.of(), DoubleCoder.of())))
        .apply("RatesByDay", View.asMap());
  }
}
