package io.quantbeam.pipelines.fanout;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pipeline on Beam's Spark runner ({@code --sparkMaster=local[2]}), the runner of EMR Serverless. */
class SparkRunnerIT {

  static Stream<Scenario> scenarios() {
    return PipelineScenarios.selected().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyPipelineOnSparkMatchesTheDirectRunner(Scenario scenario) {
    Path reference = ScenarioRuns.directReference(scenario);
    Path work = ItPaths.freshFolder("spark-runs", scenario.name());

    ScenarioRuns.run(scenario, work.toString(),
        List.of("--optionsFile=" + ItPaths.preset("spark-local"), "--sparkMaster=local[2]"));

    ScenarioOutputs.assertSame(scenario, reference, work, "Spark runner");
    ScenarioOutputs.assertNoTempFiles(work, "the Spark run");
  }
}
