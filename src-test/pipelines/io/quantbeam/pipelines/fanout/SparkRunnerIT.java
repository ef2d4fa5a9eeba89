package io.quantbeam.pipelines.fanout;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.translation.SparkContextFactory;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pipeline on Beam's Spark runner ({@code --sparkMaster=local[2]}), the runner of EMR Serverless. */
class SparkRunnerIT {

  private static final String MASTER = "local[2]";

  /** One local Spark context for all runs (Beam's switch for tests): starting one per run costs seconds. */
  @BeforeAll
  static void reuseOneSparkContext() {
    System.setProperty(SparkContextFactory.TEST_REUSE_SPARK_CONTEXT, "true");
  }

  @AfterAll
  static void stopTheSparkContext() {
    SparkPipelineOptions options = PipelineOptionsFactory.as(SparkPipelineOptions.class);
    options.setSparkMaster(MASTER);
    var context = SparkContextFactory.getSparkContext(options);
    System.clearProperty(SparkContextFactory.TEST_REUSE_SPARK_CONTEXT);
    SparkContextFactory.stopSparkContext(context);
  }

  static Stream<Scenario> scenarios() {
    return PipelineScenarios.selected().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyPipelineOnSparkMatchesTheDirectRunner(Scenario scenario) {
    Path reference = ScenarioRuns.directReference(scenario);
    Path work = ItPaths.freshFolder("spark-runs", scenario.name());

    ScenarioRuns.run(scenario, work.toString(),
        List.of("--optionsFile=" + ItPaths.preset("spark-local"), "--sparkMaster=" + MASTER));

    ScenarioOutputs.assertSame(scenario, reference, work, "Spark runner");
    ScenarioOutputs.assertNoTempFiles(work, "the Spark run");
  }
}
