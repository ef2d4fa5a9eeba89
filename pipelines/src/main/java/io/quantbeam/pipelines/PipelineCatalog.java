package io.quantbeam.pipelines;

import io.quantbeam.pipelines.forest.ForestGeneratePipeline;
import io.quantbeam.pipelines.forest.ForestPipeline;
import io.quantbeam.pipelines.forest.ForestScorePipeline;
import io.quantbeam.pipelines.matmul.MatgenPipeline;
import io.quantbeam.pipelines.matmul.MatmulPipeline;
import io.quantbeam.pipelines.merton.MertonBenchmarkPipeline;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.merton.MertonPipeline;
import io.quantbeam.pipelines.merton.MertonPreparePipeline;
import io.quantbeam.pipelines.stress.StressGeneratePipeline;
import io.quantbeam.pipelines.stress.StressPipeline;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every pipeline the launcher can run, by the name given to {@code -Dpipeline=<name>}. */
public enum PipelineCatalog {
  MERTON("merton", "Merton distance to default and default probability per firm and day", MertonPipeline::main),
  MERTON_GENERATE("merton-generate", "Synthetic daily firm data (equity, debt, rates) at any scale", MertonGeneratePipeline::main),
  MERTON_PREPARE("merton-prepare", "Raw CRSP daily, Compustat quarterly, CCM links and FRED DGS1 joined into the merton input",
      MertonPreparePipeline::main),
  MERTON_BENCHMARK("merton-benchmark", "Black–Scholes solves per second: the model alone and end to end", MertonBenchmarkPipeline::main),
  MATMUL("matmul", "Blocked matrix multiply C = A·B of .npy block matrices, BLAS dgemm per block", MatmulPipeline::main),
  MATGEN("matgen", "Random block matrix (.npy blocks and matrix.json) from a seed", MatgenPipeline::main),
  STRESS("stress", "Portfolio revalued under many scenarios: exact VaR and ES per book and in total", StressPipeline::main),
  STRESS_GENERATE("stress-generate", "Realistic market, factor covariance and a portfolio of any size", StressGeneratePipeline::main),
  FOREST("forest", "Random forests per stock on minute bars, grid search fanned out as sub-forests", ForestPipeline::main),
  FOREST_SCORE("forest-score", "Next-minute predictions of saved forest models for new bars", ForestScorePipeline::main),
  FOREST_GENERATE("forest-generate", "Synthetic minute bars (09:15–15:30 sessions) for any number of symbols",
      ForestGeneratePipeline::main);

  /** A pipeline's command-line entry point. */
  @FunctionalInterface
  public interface Main {
    void run(String[] args) throws Exception;
  }

  private final String pipelineName;
  private final String description;
  private final Main main;

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
