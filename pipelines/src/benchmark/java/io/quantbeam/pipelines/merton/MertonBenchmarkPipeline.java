package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonBenchmark;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.io.OutputPaths;
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
    System.out.printf(Locale.ROOT, "%n== model alone: %d firms × %d days in memory%n", options.getModelFirms(), days);
    try {
      MertonBenchmark.main(new String[] {Integer.toString(options.getModelFirms()), Integer.toString(days),
          "TRAILING_WINDOW", "1," + cores, "3"});
    } catch (Exception e) {
      throw new IllegalStateException("the model benchmark failed: " + e.getMessage(), e);
    }

    String runner = "--runner=" + options.getRunner().getSimpleName();
    String input = OutputPaths.child(options.getWorkDir(), "input");
    String output = OutputPaths.child(options.getWorkDir(), "output");
    System.out.printf(Locale.ROOT, "%n== generating %,d firms × %d years as Parquet in %s%n", options.getFirms(),
        options.getYears(), input);
    PipelineOptionsFactory.register(MertonGenerateOptions.class);
    MertonGeneratePipeline.run(PipelineOptionsFactory.fromArgs(runner, "--firms=" + options.getFirms(),
        "--years=" + options.getYears(), "--seed=1", "--output=" + input).as(MertonGenerateOptions.class));

    System.out.printf(Locale.ROOT, "%n== end to end: merton on %s%n", input);
    PipelineOptionsFactory.register(MertonOptions.class);
    long started = System.nanoTime();
    PipelineResult result = MertonPipeline.run(PipelineOptionsFactory.fromArgs(runner,
        "--input=" + OutputPaths.child(input, "firms-*.parquet"), "--output=" + output).as(MertonOptions.class));
    double seconds = (System.nanoTime() - started) / 1e9;
    long solves = RunMetrics.of(result, MertonMetrics.NAMESPACE).counter(MertonMetrics.SOLVES);
    System.out.printf(Locale.ROOT, "%n== end to end: %,d solves in %.1f s = %,.0f solves/s on %d cores (%s)%n",
        solves, seconds, solves / seconds, cores, options.getRunner().getSimpleName());
    return result;
  }
}
