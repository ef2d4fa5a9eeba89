package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.merton.MertonGenerateOptions;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pipeline with s3:// input, output and temp location against a local S3 endpoint, through a
 * proxy that throttles (503 SlowDown) and drops 10 % of the requests: the runs complete, with the
 * output of the local-file runs and no temporary objects left. The endpoint, region, path-style
 * addressing, credentials and retries are set through options only.
 */
@ExtendWith(LocalS3.Shared.class)
class S3EndToEndIT {

  private static LocalS3 s3;
  private static FaultInjectingProxy faults;

  @BeforeAll
  static void startProxy(LocalS3 endpoint) throws IOException {
    s3 = endpoint;
    faults = new FaultInjectingProxy(s3.port());
  }

  @AfterAll
  static void stopProxy() throws IOException {
    if (faults != null) {
      faults.close();
    }
  }

  static Stream<Scenario> scenarios() {
    return PipelineScenarios.selected().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyPipelineOnS3SurvivesThrottlingAndDroppedConnections(Scenario scenario) {
    Path reference = ScenarioRuns.directReference(scenario);
    String prefix = "direct/" + scenario.name();
    List<String> options = new ArrayList<>(s3Options(prefix));
    options.add("--optionsFile=" + ItPaths.preset("direct"));

    int slowDowns = faults.slowDowns();
    int resets = faults.resets();
    ScenarioRuns.run(scenario, work(prefix), options);

    assertFaultsWereMet(slowDowns, resets);
    assertSameAsLocalRun(scenario, prefix, reference, "Direct runner on S3");
  }

  /**
   * The EMR jar as EMR Serverless runs it (Spark, Hadoop and Scala provided by the distribution,
   * no --sparkMaster), on S3 with faults: each scenario's last pipeline, the one that reads what
   * the others wrote, runs under spark-submit; its inputs are made in this JVM.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theEmrJarUnderSparkSubmitRunsOnS3(Scenario scenario) {
    Path reference = ScenarioRuns.directReference(scenario);
    String prefix = "emr/" + scenario.name();
    List<Step> steps = scenario.steps();
    List<String> inputOptions = new ArrayList<>(s3Options(prefix));
    inputOptions.add("--optionsFile=" + ItPaths.preset("direct"));
    ScenarioRuns.run(new Scenario(scenario.name(), steps.subList(0, steps.size() - 1)), work(prefix), inputOptions);

    List<String> options = new ArrayList<>(s3Options(prefix));
    options.add("--optionsFile=" + ItPaths.preset("emr"));
    int slowDowns = faults.slowDowns();
    int resets = faults.resets();
    SparkSubmitLocal.run(new Scenario(scenario.name(), steps.subList(steps.size() - 1, steps.size())), work(prefix),
        options);

    assertFaultsWereMet(slowDowns, resets);
    assertSameAsLocalRun(scenario, prefix, reference, "EMR jar under spark-submit on S3");
  }

  @Test
  void aRunTakesItsOptionsFromAFileOnS3() {
    s3.put("config/generate.options", String.join("\n",
        "# options of a scheduled run, kept next to its data",
        "--firms=3",
        "--years=1",
        "--outputFormat=csv",
        "--output=" + work("options-file/firms")));
    List<String> args = new ArrayList<>(LocalS3.pipelineOptions(faults.port()));
    args.add("--optionsFile=" + ItPaths.preset("direct"));
    args.add("--optionsFile=" + work("config/generate.options"));
    Scenario.EntryPoint.of(MertonGenerateOptions.class, MertonGeneratePipeline::run).run(args.toArray(String[]::new));

    Path downloaded = ItPaths.freshFolder("s3-downloads", "options-file");
    s3.download("options-file/", downloaded);
    List<String> rows = ScenarioOutputs.content(downloaded, work("options-file"), Scenario.Output.csv("firms/firms-*.csv"));
    assertEquals(3 * 252 + 1, rows.size(), "3 firms × 252 days, and the header");
  }

  private static String work(String prefix) {
    return "s3://" + LocalS3.BUCKET + "/" + prefix;
  }

  /** The endpoint behind the fault proxy, and a temp location under the run's prefix. */
  private static List<String> s3Options(String prefix) {
    List<String> options = new ArrayList<>(LocalS3.pipelineOptions(faults.port()));
    options.add("--tempLocation=" + work(prefix) + "/tmp");
    return options;
  }

  private static void assertFaultsWereMet(int slowDownsBefore, int resetsBefore) {
    String seen = " (" + faults.requests() + " requests so far, " + faults.slowDowns() + " throttled, "
        + faults.resets() + " reset)";
    assertTrue(faults.slowDowns() > slowDownsBefore, "no request was throttled: the faults were not tested" + seen);
    assertTrue(faults.resets() > resetsBefore, "no connection was dropped: the faults were not tested" + seen);
  }

  private static void assertSameAsLocalRun(Scenario scenario, String prefix, Path reference, String what) {
    List<String> temporary = s3.keys(prefix + "/").stream()
        .filter(key -> key.contains("/" + ScenarioOutputs.BEAM_TEMP_PREFIX)).toList();
    assertEquals(List.of(), temporary, what + " left temporary objects");
    Path downloaded = ItPaths.freshFolder("s3-downloads", prefix);
    s3.download(prefix + "/", downloaded);
    ScenarioOutputs.assertSame(scenario, reference, downloaded, work(prefix), what);
  }
}
