package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.merton.MertonGenerateOptions;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
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

  /**
   * A rerun on S3 that fails while running (a worker's exception) leaves the previous run's objects
   * as they were; one that succeeds replaces them, through the staging prefix, leaving no staged object.
   */
  @Test
  void aFailedRerunOnS3KeepsThePreviousResults() throws IOException {
    s3.put("rerun/results-00000-of-00001.txt", "x\ny\n");
    s3.put("rerun/report.html", "previous");
    Path before = ItPaths.freshFolder("s3-downloads", "rerun-before");
    s3.download("rerun/", before);

    RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> writeLetters(work("rerun"), "b"));
    assertTrue(!(failure instanceof IllegalArgumentException), failure.toString());
    assertEquals(List.of("rerun/report.html", "rerun/results-00000-of-00001.txt"),
        s3.keys("rerun/").stream().sorted().toList());
    Path after = ItPaths.freshFolder("s3-downloads", "rerun-after");
    s3.download("rerun/", after);
    for (String name : List.of("report.html", "results-00000-of-00001.txt")) {
      assertEquals(java.nio.file.Files.readString(before.resolve(name)), java.nio.file.Files.readString(after.resolve(name)),
          name);
    }

    writeLetters(work("rerun"), "none");
    assertEquals(List.of("rerun/results-00000-of-00001.txt"), s3.keys("rerun/").stream().sorted().toList());
  }

  @Test
  void anOutputBucketThatDoesNotExistIsToldBeforeAnyWork() {
    List<String> args = new ArrayList<>(LocalS3.pipelineOptions(s3.port()));
    args.add("--output=s3://no-such-bucket-quantbeam-it/firms");
    args.add("--firms=2");
    args.add("--years=1");
    org.apache.beam.sdk.options.PipelineOptionsFactory.register(MertonGenerateOptions.class);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MertonGeneratePipeline.run(org.apache.beam.sdk.options.PipelineOptionsFactory
            .fromArgs(args.toArray(String[]::new)).withValidation().as(MertonGenerateOptions.class)));
    assertTrue(e.getMessage().startsWith("--output: cannot write to s3://no-such-bucket-quantbeam-it/firms"),
        e.getMessage());
  }

  /** Writes a, b, c through the run skeleton's staging into {@code output}; a worker fails on {@code failOn}. */
  private static void writeLetters(String output, String failOn) {
    List<String> args = new ArrayList<>(LocalS3.pipelineOptions(s3.port()));
    QuantbeamOptions options = org.apache.beam.sdk.options.PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
        .as(QuantbeamOptions.class);
    PipelineRun run = PipelineRun.start("s3-staging-it", options);
    Pipeline pipeline = Pipeline.create(options);
    OutputStaging staging = run.stage(output, List.of("results-*", "report.html"));
    pipeline
        .apply("Rows", Create.of("a", "b", "c"))
        .apply("FailOn", MapElements.into(TypeDescriptors.strings()).via((String row) -> {
          if (row.equals(failOn)) {
            throw new IllegalStateException("worker failure on " + row);
          }
          return row;
        }))
        .apply("Write", TextIO.write().to(OutputPaths.child(staging.location(), "results")).withSuffix(".txt")
            .withNumShards(1));
    run.execute(pipeline, Progress.rowsWritten("results", "rows", () -> 3), staging);
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
