package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.MinuteBarGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the real pipeline entry points with command-line style options, as users do, on small data. */
final class ForestRuns {

  /** A small but real configuration: 2 × 2 grid, 2 sub-forests of 3 trees, a final model of 2 sub-forests. */
  static final String[] SMALL = {"--grid=maxFeatures=4,8;minSamplesSplit=5,25", "--subForests=2", "--finalSubForests=2",
      "--treesPerSubForest=3"};

  private ForestRuns() {}

  static <O extends PipelineOptions> O options(Class<O> type, List<String> args) {
    PipelineOptionsFactory.register(type);
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(type);
  }

  static PipelineResult forest(Path output, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(SMALL));
    all.addAll(Arrays.asList(args));
    all.add("--output=" + output);
    return ForestPipeline.run(options(ForestOptions.class, all));
  }

  /** Without the small configuration: only {@code args} and the output. */
  static PipelineResult forestWith(Path output, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--output=" + output);
    return ForestPipeline.run(options(ForestOptions.class, all));
  }

  static PipelineResult score(Path output, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--output=" + output);
    return ForestScorePipeline.run(options(ForestScoreOptions.class, all));
  }

  /** CSV lines (no header) of a series, in the input format. */
  static List<String> csvLines(BarSeries s) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      lines.add(s.symbol() + "," + s.timestamp(i) + "," + s.open(i) + "," + s.high(i) + "," + s.low(i) + "," + s.close(i)
          + "," + s.volume(i));
    }
    return lines;
  }

  /** Writes one CSV file with {@code symbols}' bars from {@code generator}, plus {@code extra} lines. */
  static Path writeBars(Path file, MinuteBarGenerator generator, List<String> symbols, List<String> extra) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(BarSinks.CSV_HEADER);
    for (String symbol : symbols) {
      lines.addAll(csvLines(generator.generate(symbol)));
    }
    lines.addAll(extra);
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
    return file;
  }
}
