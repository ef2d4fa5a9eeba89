package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonBenchmark;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code merton-benchmark}: Black–Scholes solves per second for TRAILING_WINDOW, for the model
 * alone (in memory, one thread and one per core) and end to end (generated Parquet input read,
 * validated, grouped, estimated and written as Parquet) on the chosen runner.
 */
public final class MertonBenchmarkPipeline {

  private MertonBenchmarkPipeline() {}

  /** The catalog entry: {@code -Dpipeline=merton-benchmark}, listed through {@link MertonBenchmarks}. */
  public static final PipelineEntry<MertonBenchmarkOptions> ENTRY = new PipelineEntry<>("merton-benchmark",
      "Black–Scholes solves per second: the model alone and end to end", MertonBenchmarkOptions.class,
      MertonBenchmarkPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(MertonBenchmarkOptions options) {
    int days = options.getYears() * SampleFirms.DAYS_PER_YEAR;
    int cores = Runtime.getRuntime().availableProcessors();
    FileFormat inputFormat = FileFormat.parse("benchmarkInputFormat", options.getBenchmarkInputFormat());
    System.out.printf(Locale.ROOT, "%n== model alone: %d firms × %d days in memory, TRAILING_WINDOW, horizons 1-5%n",
        options.getModelFirms(), days);
    double modelOneThread;
    double modelAllCores;
    try {
      modelOneThread = MertonBenchmark.solvesPerSecond(options.getModelFirms(), days, 1, 3);
      modelAllCores = MertonBenchmark.solvesPerSecond(options.getModelFirms(), days, cores, 3);
    } catch (Exception e) {
      throw new IllegalStateException("the model benchmark failed: " + e.getMessage(), e);
    }
    System.out.printf(Locale.ROOT, "model alone: %,.0f solves/s on 1 thread, %,.0f solves/s on %d threads%n",
        modelOneThread, modelAllCores, cores);

    String runner = "--runner=" + options.getRunner().getSimpleName();
    String input = OutputPaths.child(options.getWorkDir(), "input");
    String output = OutputPaths.child(options.getWorkDir(), "output");
    System.out.printf(Locale.ROOT, "%n== generating %,d firms × %d years as %s in %s%n", options.getFirms(),
        options.getYears(), inputFormat, input);
    PipelineOptionsFactory.register(MertonGenerateOptions.class);
    MertonGeneratePipeline.run(PipelineOptionsFactory.fromArgs(runner, "--firms=" + options.getFirms(),
        "--years=" + options.getYears(), "--seed=1", "--outputFormat=" + inputFormat.name().toLowerCase(Locale.ROOT),
        "--output=" + input).as(MertonGenerateOptions.class));
    String inputGlob = OutputPaths.child(input, MertonGeneratePipeline.PREFIX + "-*" + inputFormat.suffix());
    if (options.getOneFile()) {
      inputGlob = OneFile.concatenate(inputGlob, OutputPaths.child(options.getWorkDir(), "one" + inputFormat.suffix()),
          inputFormat);
    }

    System.out.printf(Locale.ROOT, "%n== end to end: merton on %s%n", inputGlob);
    PipelineOptionsFactory.register(MertonOptions.class);
    long started = System.nanoTime();
    PipelineResult result = MertonPipeline.run(PipelineOptionsFactory.fromArgs(runner, "--input=" + inputGlob,
        "--output=" + output, "--layout=" + options.getLayout()).as(MertonOptions.class));
    double seconds = (System.nanoTime() - started) / 1e9;
    long solves = RunMetrics.of(result, MertonMetrics.NAMESPACE).counter(MertonMetrics.SOLVES);
    double endToEnd = solves / seconds;
    System.out.printf(Locale.ROOT, """

        == merton-benchmark (%s input%s, %s output, %s runner, %d cores)
          model alone      %,12.0f solves/s on 1 thread, %,.0f on %d threads
          end to end       %,12.0f solves/s (%,d solves in %.1f s)
          end to end / model alone: %.0f %% of %d threads, %.0f %% of 1 thread
        """, inputFormat, options.getOneFile() ? ", one file" : "", options.getLayout(),
        options.getRunner().getSimpleName(), cores, modelOneThread, modelAllCores, cores, endToEnd, solves, seconds,
        100 * endToEnd / modelAllCores, cores, 100 * endToEnd / modelOneThread);
    return result;
  }
}
