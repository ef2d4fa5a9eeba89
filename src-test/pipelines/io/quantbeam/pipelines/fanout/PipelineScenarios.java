package io.quantbeam.pipelines.fanout;

import static io.quantbeam.pipelines.fanout.Scenario.Output.bytes;
import static io.quantbeam.pipelines.fanout.Scenario.Output.csv;
import static io.quantbeam.pipelines.fanout.Scenario.Output.lines;
import static io.quantbeam.pipelines.fanout.Scenario.Output.parquet;

import io.quantbeam.pipelines.fanout.Scenario.EntryPoint;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.forest.ForestGenerateOptions;
import io.quantbeam.pipelines.forest.ForestGeneratePipeline;
import io.quantbeam.pipelines.forest.ForestOptions;
import io.quantbeam.pipelines.forest.ForestPipeline;
import io.quantbeam.pipelines.forest.ForestScoreOptions;
import io.quantbeam.pipelines.forest.ForestScorePipeline;
import io.quantbeam.pipelines.matmul.MatgenOptions;
import io.quantbeam.pipelines.matmul.MatgenPipeline;
import io.quantbeam.pipelines.matmul.MatmulOptions;
import io.quantbeam.pipelines.matmul.MatmulPipeline;
import io.quantbeam.pipelines.merton.MertonGenerateOptions;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.merton.MertonOptions;
import io.quantbeam.pipelines.merton.MertonPipeline;
import io.quantbeam.pipelines.merton.MertonPrepareOptions;
import io.quantbeam.pipelines.merton.MertonPreparePipeline;
import io.quantbeam.pipelines.stress.StressGenerateOptions;
import io.quantbeam.pipelines.stress.StressGeneratePipeline;
import io.quantbeam.pipelines.stress.StressOptions;
import io.quantbeam.pipelines.stress.StressPipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
          // malformed rows next to the generated files: the same dead letters on every runner
          Step.fixture("firms/firms-zz-malformed.csv",
              "firm_id,date,equity_value,face_value_debt,risk_free_rate",
              "F9999999,2015-13-01,100,10,0.01",
              ",2015-06-01,100,10,0.01",
              "F9999999,2015-06-02,-5,10,0.01",
              "F9999999,2015-06-03,abc,10,0.01",
              "F9999999,2015-06-04,100",
              "F9999998,2015-06-05,100,10,0.01",
              "F9999998,2015-06-05,101,10,0.01"),
          new Step("merton", EntryPoint.of(MertonOptions.class, MertonPipeline::run),
              "--input={work}/firms/firms-* --output={work}/merton --outputFormat=csv",
              List.of(csv("merton/merton-*.csv"), lines("merton/dead-letter/*.jsonl")))),
      // raw CRSP / Compustat / CCM / DGS1 sample with its gaps, joined, then estimated
      Scenario.of("merton-prepare",
          new Step("merton-prepare", EntryPoint.of(MertonPrepareOptions.class, MertonPreparePipeline::run),
              "--rawSampleFirms=6 --rawSampleYears=2 --output={work}/prepared --outputFormat=csv",
              List.of(csv("prepared/firms-*.csv"), lines("prepared/dead-letter/*.jsonl"))),
          new Step("merton", EntryPoint.of(MertonOptions.class, MertonPipeline::run),
              "--input={work}/prepared/firms-*.csv --output={work}/merton --outputFormat=csv --horizons=1",
              List.of(csv("merton/merton-*.csv"), lines("merton/dead-letter/*.jsonl").orEmpty()))),
      // 3 × 2 blocks times 2 × 3 blocks with ragged edges: every C block sums two block products.
      Scenario.of("matmul",
          new Step("matgen", EntryPoint.of(MatgenOptions.class, MatgenPipeline::run),
              "--rows=80 --cols=64 --blockRows=32 --blockCols=32 --seed=3 --output={work}/a",
              List.of(bytes("a/*.npy"), bytes("a/matrix.json"))),
          new Step("matgen", EntryPoint.of(MatgenOptions.class, MatgenPipeline::run),
              "--rows=64 --cols=72 --blockRows=32 --blockCols=32 --seed=4 --output={work}/b",
              List.of(bytes("b/*.npy"), bytes("b/matrix.json"))),
          new Step("matmul", EntryPoint.of(MatmulOptions.class, MatmulPipeline::run),
              "--a={work}/a --b={work}/b --output={work}/c --verify",
              List.of(bytes("c/*.npy"), bytes("c/matrix.json")))),
      // 60 positions revalued under 3,000 generated scenarios in shards of 500: P&L, exact VaR/ES and
      // risk contributions; then historical simulation on 300 days of generated levels (10-day shocks).
      Scenario.of("stress",
          new Step("stress-generate", EntryPoint.of(StressGenerateOptions.class, StressGeneratePipeline::run),
              "--positions=60 --seed=9 --historyDays=300 --output={work}/inputs",
              List.of(parquet("inputs/portfolio-*.parquet"), bytes("inputs/market.json"),
                  bytes("inputs/covariance.csv"), bytes("inputs/history.csv"))),
          new Step("stress", EntryPoint.of(StressOptions.class, StressPipeline::run),
              "--portfolio={work}/inputs/portfolio-*.parquet --market={work}/inputs/market.json "
                  + "--covariance={work}/inputs/covariance.csv --scenarios=3000 --shardSize=500 "
                  + "--output={work}/stress --outputFormat=csv",
              List.of(csv("stress/pnl-*.csv"), csv("stress/contributions-*.csv"), lines("stress/report.json"),
                  lines("stress/dead-letter/*.jsonl").orEmpty())),
          new Step("stress", EntryPoint.of(StressOptions.class, StressPipeline::run),
              "--portfolio={work}/inputs/portfolio-*.parquet --market={work}/inputs/market.json "
                  + "--history={work}/inputs/history.csv --horizonDays=10 --shardSize=50 "
                  + "--output={work}/stress-history --outputFormat=csv",
              List.of(csv("stress-history/pnl-*.csv"), csv("stress-history/contributions-*.csv"),
                  lines("stress-history/report.json"), lines("stress-history/dead-letter/*.jsonl").orEmpty()))),
      // 2 symbols × 6 days of minute bars, a 2-point grid of 2 sub-forests of 3 trees, then scoring.
      Scenario.of("forest",
          new Step("forest-generate", EntryPoint.of(ForestGenerateOptions.class, ForestGeneratePipeline::run),
              "--symbols=2 --days=6 --seed=7 --output={work}/bars",
              List.of(parquet("bars/bars-*.parquet"))),
          new Step("forest", EntryPoint.of(ForestOptions.class, ForestPipeline::run),
              "--input={work}/bars/bars-*.parquet --output={work}/forest --outputFormat=csv "
                  + "--grid=maxFeatures=3,5;minSamplesSplit=5 --subForests=2 --finalSubForests=2 --treesPerSubForest=3",
              List.of(csv("forest/results-*.csv").ignoring("train_seconds"),
                  csv("forest/grid-*.csv").ignoring("train_seconds"),
                  bytes("forest/models/*.qbrf"),
                  lines("forest/dead-letter/*.jsonl").orEmpty())),
          new Step("forest-score", EntryPoint.of(ForestScoreOptions.class, ForestScorePipeline::run),
              "--input={work}/bars/bars-*.parquet --models={work}/forest/models --output={work}/score --outputFormat=csv",
              List.of(csv("score/predictions-*.csv"), lines("score/scores.jsonl"),
                  lines("score/dead-letter/*.jsonl").orEmpty()))));

  /**
   * Catalog entries that are not production pipelines, with the reason they are not fanned out;
   * everything they run is covered by the scenarios above.
   */
  static final Map<String, String> NOT_FANNED_OUT = Map.of(
      "merton-benchmark", "a benchmark harness timing merton-generate and merton (both covered) on the runner it is "
          + "given; it builds their options from the runner name alone",
      "stress-benchmark", "a benchmark harness timing stress-generate and stress (both covered) on scenarios from "
          + "files against the same scenarios generated in the run");

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
