package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.pipelines.Cli;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.pipelines.io.BatchFileWrite;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputFolder;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.merton.AssembleFirmHistories;
import io.quantbeam.transforms.merton.EstimateMerton;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import io.quantbeam.pipelines.PipelineCatalog;
import io.quantbeam.pipelines.ProgressLine;
import io.quantbeam.pipelines.report.ReportFiles;
import io.quantbeam.pipelines.report.RunManifest;
import io.quantbeam.transforms.merton.SummariseForReport;
import java.time.Instant;
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

  public static void main(String[] args) {
    Cli.run(args, MertonOptions.class, MertonPipeline::run);
  }

  /** Checks the options and the input, runs the pipeline to the end, prints the summary. */
  public static PipelineResult run(MertonOptions options) {
    long started = System.nanoTime();
    MertonSettings settings = MertonRunSettings.from(options);
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    FileFormat inputFormat = "auto".equalsIgnoreCase(options.getInputFormat().trim())
        ? null : FileFormat.parse("inputFormat", options.getInputFormat());
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    if (sample && options.getRiskFreeRates() != null) {
      throw new IllegalArgumentException("--riskFreeRates needs --input: the built-in sample has its own rates");
    }
    Runners.tune(options);
    int shards = options.getFirmShards() > 0 ? options.getFirmShards() : 4 * Runners.parallelism(options);
    double[] horizons = settings.horizonsYears();
    FileIO.Sink<MertonResult> sink = switch (options.getLayout().trim().toLowerCase(java.util.Locale.ROOT)) {
      case "long" -> MertonResultSinks.of(outputFormat);
      case "wide" -> MertonWideSinks.of(outputFormat, horizons);
      default -> throw new IllegalArgumentException("--layout must be long or wide, got '" + options.getLayout() + "'");
    };

    Pipeline pipeline = Pipeline.create(options);
    PCollection<FirmHistory> firms;
    PCollectionList<DeadLetter> rejected = PCollectionList.empty(pipeline);
    String inputDescription;
    try {
      if (sample) {
        firms = pipeline.apply("SampleFirms", new SampleFirms(options.getSampleFirms(), options.getSampleYears(),
            SAMPLE_SEED, true, shards));
        inputDescription = "built-in sample: " + options.getSampleFirms() + " firms × " + options.getSampleYears()
            + " years";
      } else {
        FirmIdSource firmIds = FirmIdSource.parse(options.getFirmIdFrom());
        InputCheck.Matched matched = InputCheck.check(options.getInput(), inputFormat,
            options.getRiskFreeRates() != null, firmIds);
        int files = matched.files();
        if (options.getFirmShards() <= 0) {
          shards = shardsFor(matched.estimatedRows(), Runners.parallelism(options));
        }
        inputDescription = options.getInput() + " (" + files + " file" + (files == 1 ? "" : "s") + ")";
        PCollectionTuple read = pipeline.apply("ReadObservations",
            new ReadFirmObservations(options.getInput(), inputFormat, firmIds));
        AssembleFirmHistories assemble = options.getRiskFreeRates() == null
            ? AssembleFirmHistories.withRatesInRows(shards)
            : AssembleFirmHistories.withRatesByDay(shards, ratesView(pipeline, options.getRiskFreeRates(), inputFormat));
        PCollectionTuple assembled = read.get(ReadFirmObservations.CHUNKS).apply("AssembleFirms", assemble);
        firms = assembled.get(AssembleFirmHistories.HISTORIES);
        rejected = rejected.and(read.get(ReadFirmObservations.REJECTED))
            .and(assembled.get(AssembleFirmHistories.REJECTED));
      }
      OutputFolder.clear(output, List.of(RESULT_PREFIX + "-*", DeadLetterOutput.FOLDER + "/*", MertonReport.DATA_FILE,
          "report.html", "run.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input or prepare " + output + ": " + e.getMessage(), e);
    }

    PCollection<MertonResult> results = firms.apply("EstimateMerton", new EstimateMerton(settings));
    results.apply("WriteResults",
        BatchFileWrite.to(output, RESULT_PREFIX, outputFormat.suffix(), sink));
    results
        .apply("SummariseForReport", new SummariseForReport(settings.horizonsYears()))
        .apply("ReportDataAsJson", MapElements.into(TypeDescriptors.strings()).via(MertonReport.toJson()))
        .apply("WriteReportData", TextIO.write().to(OutputPaths.child(output, MertonReport.DATA_FILE)).withoutSharding());
    DeadLetterOutput.writeAll(rejected, output, MertonMetrics.NAMESPACE);

    Instant startedAt = Instant.now();
    PipelineResult result;
    int sampleFirms = options.getSampleFirms();
    try (ProgressLine progress = new ProgressLine("merton", MertonMetrics.NAMESPACE, MertonMetrics.FIRMS_ESTIMATED,
        "firms", sample ? () -> sampleFirms : () -> 0, MertonMetrics.SOLVES, "solves")) {
      result = pipeline.run();
      result.waitUntilFinish();
    }
    OutputFolder.removeEmptyTempFolder(output);
    double seconds = (System.nanoTime() - started) / 1e9;
    MertonSummary summary = new MertonSummary(result, settings, options, inputDescription, output, outputFormat, seconds);
    writeReport(summary, output);
    new RunManifest(PipelineCatalog.MERTON.pipelineName(), options, startedAt, seconds)
        .inputs(sample ? List.of() : RunManifest.list(options.getInput()))
        .outputsIn(output, List.of(DeadLetterOutput.FOLDER))
        .counts(summary.metrics().all())
        .writeTo(output);
    System.out.println(summary.text());
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

  private static void writeReport(MertonSummary summary, String output) {
    ReportFiles.writeHtml(output, MertonReport.render(MertonReport.readData(output), summary.metrics(),
        summary.headline(), summary.facts()));
  }

  private static PCollectionView<Map<Long, Double>> ratesView(Pipeline pipeline, String ratesFile, FileFormat format)
      throws IOException {
    Map<Long, Double> rates = RiskFreeRates.read(ratesFile, format);
    return pipeline
        .apply("RiskFreeRates", Create.of(rates).withCoder(KvCoder.of(VarLongCoder.of(), DoubleCoder.of())))
        .apply("RatesByDay", View.asMap());
  }
}
