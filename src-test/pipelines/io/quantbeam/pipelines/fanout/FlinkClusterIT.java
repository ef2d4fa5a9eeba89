package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pipeline submitted with the Flink jar to a real multi-process session cluster (one
 * JobManager, two TaskManagers, separate JVMs), then one job that loses a TaskManager to SIGKILL
 * halfway: outputs identical to the Direct runner's, nothing missing, nothing twice, no temp files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterIT {

  private static final int TASK_MANAGERS = 2;
  private static final int SLOTS = 2;

  private static LocalFlinkCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LocalFlinkCluster.start(ItPaths.itRoot().resolve("flink-cluster"), TASK_MANAGERS, SLOTS);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  static Stream<Scenario> scenarios() {
    return PipelineScenarios.selected().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  @Order(1)
  void everyPipelineOnTheClusterMatchesTheDirectRunner(Scenario scenario) {
    Path reference = ScenarioRuns.directReference(scenario);
    Path work = ItPaths.freshFolder("flink-cluster-runs", scenario.name());
    int finishedBefore = cluster.finishedJobs();

    ScenarioRuns.run(scenario, work.toString(), cluster.submitOptions());

    assertEquals(finishedBefore + scenario.pipelines().size(), cluster.finishedJobs(),
        "each step ran as a job of the cluster");
    ScenarioOutputs.assertSame(scenario, reference, work, "Flink cluster");
    ScenarioOutputs.assertNoTempFiles(work, "the Flink cluster run");
  }

  @Test
  @Order(2)
  void aTaskManagerKilledMidJobIsReplacedAndTheOutputIsExactlyTheUndisturbedOne() throws Exception {
    Scenario scenario = PipelineScenarios.FAILOVER;
    Path reference = ScenarioRuns.directReference(scenario);
    // The kill must land while the job has tasks on the victim: between seeing them and the
    // SIGKILL they may finish (more likely on a loaded machine). Such an attempt proves nothing,
    // so it is repeated on the replacement TaskManager, at most three times in all.
    int victim = 1;
    int nextTaskManager = TASK_MANAGERS + 1; // the script numbers a new TaskManager after the last
    for (int attempt = 1; ; attempt++) {
      Path work = ItPaths.freshFolder("flink-failover", scenario.name(), "attempt-" + attempt);
      List<Step> steps = scenario.steps();
      ScenarioRuns.run(new Scenario(scenario.name(), steps.subList(0, steps.size() - 1)), work.toString(),
          cluster.submitOptions());
      Step last = steps.get(steps.size() - 1);

      Path clientLog = ItPaths.itRoot().resolve("logs/failover-client-" + attempt + ".log");
      Process client = submitWithTheJar(last, work, clientLog);
      JsonNode failures;
      try {
        String jobId = awaitJobMidwayOn(victim, client, clientLog);
        cluster.killTaskManager(victim);
        cluster.addTaskManager();

        assertTrue(client.waitFor(5, TimeUnit.MINUTES), "the job did not finish in 5 minutes; see " + clientLog);
        assertEquals(0, client.exitValue(), "the client failed:\n" + TreeFiles.tail(clientLog, 40));
        assertEquals("FINISHED", cluster.rest("/jobs/" + jobId).get("state").asText());
        failures = cluster.rest("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries");
      } finally {
        client.destroyForcibly();
      }
      if (!failures.isEmpty()) {
        ScenarioOutputs.assertSame(scenario, reference, work, "Flink cluster after losing a TaskManager");
        ScenarioOutputs.assertNoTempFiles(work, "the Flink run that lost a TaskManager");
        return;
      }
      assertTrue(attempt < 3, "in three attempts the kill never hit a running task of the job");
      victim = nextTaskManager++;
    }
  }

  /** Submits {@code step} as a user does: {@code java -jar <flink jar> <pipeline> <options>}, in its own JVM. */
  private static Process submitWithTheJar(Step step, Path work, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", ItPaths.flinkJar().toString(),
        step.pipeline()));
    command.addAll(step.arguments(work.toString()));
    command.addAll(cluster.submitOptions());
    TreeFiles.createDirectories(log.getParent());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits until a job is midway with tasks running on TaskManager {@code index}; returns the job id. */
  private static String awaitJobMidwayOn(int index, Process client, Path clientLog)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!client.isAlive()) {
        fail("the job ended before TaskManager " + index + " ran any of it (exit " + client.exitValue()
            + "); make the failover job bigger. Client log:\n" + TreeFiles.tail(clientLog, 40));
      }
      for (JsonNode job : cluster.rest("/jobs/overview").get("jobs")) {
        String jobId = job.get("jid").asText();
        if (job.get("state").asText().equals("RUNNING") && cluster.isMidwayOn(jobId, index)) {
          return jobId;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no job was running on TaskManager " + index + " within 3 minutes; see " + clientLog);
  }
}
