package io.quantbeam.pipelines;

import io.quantbeam.pipelines.forest.ForestGeneratePipeline;
import io.quantbeam.pipelines.forest.ForestPipeline;
import io.quantbeam.pipelines.forest.ForestScorePipeline;
import io.quantbeam.pipelines.matmul.MatgenPipeline;
import io.quantbeam.pipelines.matmul.MatmulPipeline;
import io.quantbeam.pipelines.merton.MertonBenchmarkPipeline;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.merton.MertonPipeline;
import io.quantbeam.pipelines.stress.StressGeneratePipeline;
import io.quantbeam.pipelines.stress.StressPipeline;
import io.quantbeam.pipelines.run.PipelineEntry;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every pipeline the launcher can run, by the name given to {@code -Dpipeline=<name>}. */
public enum PipelineCatalog {
  MERTON(MertonPipeline.ENTRY),
  MERTON_GENERATE(MertonGeneratePipeline.ENTRY),
  MERTON_BENCHMARK("merton-benchmark", "Black–Scholes solves per second: the model alone and end to end", MertonBenchmarkPipeline::main),
  MATMUL(MatmulPipeline.ENTRY),
  MATGEN(MatgenPipeline.ENTRY),
  STRESS(StressPipeline.ENTRY),
  STRESS_GENERATE(StressGeneratePipeline.ENTRY),
  FOREST(ForestPipeline.ENTRY),
  FOREST_SCORE(ForestScorePipeline.ENTRY),
  FOREST_GENERATE(ForestGeneratePipeline.ENTRY);

  /** A pipeline's command-line entry point. */
  @FunctionalInterface
  public interface Main {
    void run(String[] args) throws Exception;
  }

  private final String pipelineName;
  private final String description;
  private final Main main;

  PipelineCatalog(PipelineEntry<?> entry) {
    this(entry.name(), entry.description(), entry::main);
  }

  PipelineCatalog(String pipelineName, String description, Main main) {
    this.pipelineName = pipelineName;
    this.description = description;
    this.main = main;
  }

  public String pipelineName() {
    return pipelineName;
  }

  public String description() {
    return description;
  }

  public Main main() {
    return main;
  }

  public static Optional<PipelineCatalog> byName(String name) {
    return Arrays.stream(values()).filter(p -> p.pipelineName.equals(name)).findFirst();
  }

  /** One line per pipeline: name and description. */
  public static String listing() {
    return Arrays.stream(values())
        .map(p -> String.format("  %-18s %s", p.pipelineName, p.description))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
