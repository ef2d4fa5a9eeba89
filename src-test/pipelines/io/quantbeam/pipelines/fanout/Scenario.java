package io.quantbeam.pipelines.fanout;

import io.quantbeam.pipelines.options.OptionsFiles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * A chain of pipeline runs that feed each other (a generator, then the pipeline that reads what it
 * wrote), with the outputs of each run that must come out identical on every runner and file
 * system. Paths in the arguments are written relative to {@code {work}}, the scenario's working
 * folder: a local folder or an {@code s3://} prefix.
 */
record Scenario(String name, List<Step> steps) {

  static final String WORK = "{work}";

  Scenario {
    steps = List.copyOf(steps);
  }

  static Scenario of(String name, Step... steps) {
    return new Scenario(name, Arrays.asList(steps));
  }

  /** The pipelines this scenario runs. */
  List<String> pipelines() {
    return steps.stream().filter(s -> !s.isFixture()).map(Step::pipeline).toList();
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * One pipeline run: its name in the catalog, its entry point, arguments and compared outputs; or
   * a fixture, a small file written to {@code {work}/<path>} before the next run (e.g. malformed
   * rows that must come out as the same dead letters everywhere).
   */
  record Step(String pipeline, EntryPoint entry, String arguments, List<Output> outputs, List<String> fixtureLines) {

    static final String FIXTURE = "fixture";

    Step {
      outputs = List.copyOf(outputs);
      fixtureLines = List.copyOf(fixtureLines);
    }

    Step(String pipeline, EntryPoint entry, String arguments, List<Output> outputs) {
      this(pipeline, entry, arguments, outputs, List.of());
    }

    /** A fixture: {@code lines} written to {@code {work}/<path>} (local or s3://). */
    static Step fixture(String path, String... lines) {
      return new Step(FIXTURE, null, WORK + "/" + path, List.of(), Arrays.asList(lines));
    }

    boolean isFixture() {
      return entry == null;
    }

    /** The arguments with {@code {work}} replaced, one per whitespace-separated word. */
    List<String> arguments(String work) {
      return Arrays.stream(arguments.trim().split("\\s+")).map(a -> a.replace(WORK, work)).toList();
    }
  }

  /** A pipeline's options type and {@code run(options)}, behind the same option parsing as its {@code main}. */
  record EntryPoint(Class<? extends PipelineOptions> optionsType, Function<String[], PipelineResult> runner) {

    static <O extends PipelineOptions> EntryPoint of(Class<O> optionsType, Function<O, PipelineResult> run) {
      return new EntryPoint(optionsType, args -> run.apply(parse(optionsType, args)));
    }

    /** Parses {@code args} (options files expanded) into the pipeline's options, validated. */
    static <O extends PipelineOptions> O parse(Class<O> optionsType, String[] args) {
      PipelineOptionsFactory.register(optionsType);
      return PipelineOptionsFactory.fromArgs(OptionsFiles.expand(args)).withValidation().as(optionsType);
    }

    PipelineResult run(String[] args) {
      return runner.apply(args);
    }
  }

  /**
   * Output files (a glob relative to {@code {work}}) and how their content is compared: as a
   * multiset of rows (shard counts differ between runners) or byte for byte per file name. The
   * run's working location is written {@code {work}} in the compared text (outputs that name their
   * own files), and columns that measure the run rather than its result (timings) are left out.
   */
  record Output(String glob, Format format, boolean mayBeEmpty, List<String> ignoredColumns) {

    Output {
      ignoredColumns = List.copyOf(ignoredColumns);
    }

    enum Format {
      /** Parquet records, compared as sorted rows. */
      PARQUET_ROWS,
      /** CSV files: the same header in every file, rows compared sorted. */
      CSV_ROWS,
      /** Text lines (e.g. JSON lines), compared sorted. */
      LINES,
      /** Whole files, compared byte for byte by file name (files named by content, e.g. blocks). */
      FILE_BYTES
    }

    static Output parquet(String glob) {
      return new Output(glob, Format.PARQUET_ROWS, false, List.of());
    }

    static Output csv(String glob) {
      return new Output(glob, Format.CSV_ROWS, false, List.of());
    }

    static Output lines(String glob) {
      return new Output(glob, Format.LINES, false, List.of());
    }

    static Output bytes(String glob) {
      return new Output(glob, Format.FILE_BYTES, false, List.of());
    }

    /** The same output, allowed to have no files or rows (e.g. dead letters of clean input). */
    Output orEmpty() {
      return new Output(glob, format, true, ignoredColumns);
    }

    /** The same table output without these columns (CSV or Parquet), e.g. wall-clock timings. */
    Output ignoring(String... columns) {
      if (format != Format.CSV_ROWS && format != Format.PARQUET_ROWS) {
        throw new IllegalArgumentException("only table outputs have columns: " + glob);
      }
      return new Output(glob, format, mayBeEmpty, Arrays.asList(columns));
    }
  }
}
