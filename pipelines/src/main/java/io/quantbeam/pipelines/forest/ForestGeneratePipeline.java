package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.GenerateBarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

/**
 * {@code forest-generate}: realistic synthetic minute bars in the forest input format for any
 * number of symbols and days, to local files or s3://. A symbol's bars depend only on the seed and
 * its name, so the output is the same on every runner.
 */
public final class ForestGeneratePipeline {

  static final String PREFIX = "bars";

  private ForestGeneratePipeline() {}

  /** The catalog entry: {@code -Dpipeline=forest-generate}. */
  public static final PipelineEntry<ForestGenerateOptions> ENTRY = new PipelineEntry<>("forest-generate",
      "Synthetic minute bars (09:15–15:30 sessions) for any number of symbols", ForestGenerateOptions.class,
      ForestGeneratePipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(ForestGenerateOptions options) {
    FileFormat format = FileFormat.parse("outputFormat", options.getOutputFormat());
    List<String> symbols = symbols(options);
    if (options.getDays() < 1) {
      throw new IllegalArgumentException("--days must be >= 1, got " + options.getDays());
    }
    if (!(options.getTickSize() > 0) || Double.isInfinite(options.getTickSize())) {
      throw new IllegalArgumentException("--tickSize must be > 0, got " + options.getTickSize());
    }
    LocalDate first;
    try {
      first = LocalDate.parse(options.getStartDate().trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--startDate must be an ISO date like 2024-01-01, got '" + options.getStartDate() + "'");
    }
    MinuteBarGenerator generator = new MinuteBarGenerator(first, options.getDays(), options.getTickSize(), options.getSeed());
    String output = options.getOutput() != null ? options.getOutput() : "out/forest-input";
    PipelineRun run = ENTRY.start(options);
    OutputStaging staging = run.stage(output, List.of(PREFIX + "-*"));
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("GenerateBars", new GenerateBarSeries(symbols, generator, false))
        .apply("WriteBars", BarSinks.TABLE.writeTo(staging.location(), PREFIX, format));
    long bars = (long) symbols.size() * generator.barsPerSymbol();
    PipelineResult result = run.execute(pipeline, Progress.rowsWritten(PREFIX, "bars", () -> bars), staging);
    RunSummary summary = new RunSummary(ENTRY.name(), String.format(Locale.ROOT,
        "%,d symbols × %d business days × %d bars = %,d bars (seed %d) in %.1f s", symbols.size(), options.getDays(),
        MinuteBarGenerator.BARS_PER_SESSION, bars, options.getSeed(), run.seconds()), 11)
        .fact("written to", OutputPaths.child(output, PREFIX + "-*" + format.suffix()));
    run.finishGenerator(output, "Synthetic minute bars", summary, result);
    return result;
  }

  private static List<String> symbols(ForestGenerateOptions options) {
    String names = options.getSymbolNames();
    if (names == null || names.isBlank()) {
      if (options.getSymbols() < 1) {
        throw new IllegalArgumentException("--symbols must be >= 1, got " + options.getSymbols());
      }
      return SampleSymbols.first(options.getSymbols());
    }
    List<String> list = Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    if (list.isEmpty()) {
      throw new IllegalArgumentException("--symbolNames names no symbol");
    }
    if (new LinkedHashSet<>(list).size() != list.size()) {
      throw new IllegalArgumentException("--symbolNames repeats a symbol: " + names);
    }
    return list;
  }
}
