package io.quantbeam.pipelines.fanout;

import static io.quantbeam.pipelines.fanout.Scenario.Output.csv;
import static io.quantbeam.pipelines.fanout.Scenario.Output.lines;
import static io.quantbeam.pipelines.fanout.Scenario.Output.parquet;

import io.quantbeam.pipelines.fanout.Scenario.EntryPoint;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.merton.MertonGenerateOptions;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.merton.MertonOptions;
import io.quantbeam.pipelines.merton.MertonPipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every pipeline of the catalog, in small scenarios that the cluster, failover, Spark and S3
 * tests run on each runner and file system and compare with the Direct runner's local output.
 *
 * <p>A new pipeline joins all those tests with one {@link Step} here (in its family's scenario, or
 * a new scenario); {@code ScenarioCoverageTest} fails while a catalog pipeline has none. Keep the
 * sizes small: every step runs about five times per build.
 */
final class PipelineScenarios {

  static final List<Scenario> ALL = List.of(
      Scenario.of("merton",
          new Step("merton-generate", EntryPoint.of(MertonGenerateOptions.class, MertonGeneratePipeline::run),
              "--firms=20 --years=2 --seed=11 --output={work}/firms",
              List.of(parquet("firms/firms-*.parquet"))),
          new Step("merton", EntryPoint.of(MertonOptions.class, MertonPipeline::run),
              "--input={work}/firms/firms-*.parquet --output={work}/merton --outputFormat=csv",
              List.of(csv("merton/merton-*.csv"), lines("merton/dead-letter/*.jsonl").orEmpty()))));

  /**
   * The failover test: input made first, then a job big enough that a TaskManager can be killed
   * while it runs (several seconds of work on the local cluster), small enough for the Direct
   * reference. The TaskManager is killed during the last step.
   */
  static final Scenario FAILOVER = Scenario.of("failover",
      new Step("merton-generate", EntryPoint.of(MertonGenerateOptions.class, MertonGeneratePipeline::run),
          "--firms=80 --years=3 --seed=5 --output={work}/firms",
          List.of(parquet("firms/firms-*.parquet"))),
      new Step("merton", EntryPoint.of(MertonOptions.class, MertonPipeline::run),
          "--input={work}/firms/firms-*.parquet --output={work}/merton --outputFormat=csv",
          List.of(csv("merton/merton-*.csv"), lines("merton/dead-letter/*.jsonl").orEmpty())));

  /** System property naming a comma-separated subset of scenarios to run (all by default). */
  static final String SELECTION_PROPERTY = "quantbeam.it.scenarios";

  private PipelineScenarios() {}

  /** The scenarios this run of the tests covers: all, or those named by {@value #SELECTION_PROPERTY}. */
  static List<Scenario> selected() {
    String selection = System.getProperty(SELECTION_PROPERTY, "").trim();
    if (selection.isEmpty()) {
      return ALL;
    }
    Set<String> names = Arrays.stream(selection.split(",")).map(String::trim).collect(Collectors.toSet());
    List<Scenario> chosen = ALL.stream().filter(s -> names.contains(s.name())).toList();
    if (chosen.size() != names.size()) {
      throw new IllegalArgumentException(SELECTION_PROPERTY + "=" + selection + " names unknown scenarios; known: "
          + ALL.stream().map(Scenario::name).toList());
    }
    return chosen;
  }
}
