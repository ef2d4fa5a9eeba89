package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.fanout.Scenario.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs scenarios with the EMR jar through runner-configs/spark-submit-local.sh: Spark from its own
 * distribution class path, the jar on top, no {@code --sparkMaster} (as on EMR Serverless).
 */
final class SparkSubmitLocal {

  private SparkSubmitLocal() {}

  /** Runs every step of {@code scenario} as one spark-submit each, with {@code options} appended. */
  static void run(Scenario scenario, String work, List<String> options) {
    for (Step step : scenario.steps()) {
      List<String> command = new ArrayList<>(List.of("bash",
          ItPaths.repository().resolve("runner-configs/spark-submit-local.sh").toString(),
          "--master", "local[2]", "--conf", "spark.ui.enabled=false",
          ItPaths.emrJar().toString(), step.pipeline()));
      command.addAll(step.arguments(work));
      command.addAll(options);
      Path log = ItPaths.itRoot().resolve("logs/spark-submit-" + scenario.name() + "-" + step.pipeline() + ".log");
      TreeFiles.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("SPARK_LOCAL_DIR", ItPaths.itRoot().resolve("spark-local").toString());
      try {
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
          process.destroyForcibly();
        }
        assertTrue(finished, "spark-submit of " + step.pipeline() + " did not end in 5 minutes; see " + log);
        assertEquals(0, process.exitValue(), "spark-submit of " + step.pipeline() + " failed:\n" + TreeFiles.tail(log, 60));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
