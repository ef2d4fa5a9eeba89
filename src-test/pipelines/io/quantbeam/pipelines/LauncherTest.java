package io.quantbeam.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher as a user meets it: a separate JVM, its exit code and what it prints. */
class LauncherTest {

  private record Outcome(int exitCode, String stdout, String stderr) {}

  private static Outcome launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Outcome(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownPipelineListsTheKnownOnes() throws Exception {
    Outcome outcome = launch("mertn");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.stderr().contains("unknown pipeline 'mertn'"), outcome.stderr());
    for (PipelineCatalog pipeline : PipelineCatalog.values()) {
      assertTrue(outcome.stderr().contains(pipeline.pipelineName()), outcome.stderr());
    }
  }

  @Test
  void helpListsThePipelinesOptions() throws Exception {
    Outcome outcome = launch("merton", "--help");
    assertEquals(0, outcome.exitCode());
    for (String option : List.of("--input", "--output", "--inputFormat", "--outputFormat", "--method", "--horizons",
        "--estimation", "--drift", "--riskFreeRates")) {
      assertTrue(outcome.stdout().contains(option), option + " missing from: " + outcome.stdout());
    }
  }

  @Test
  void aWrongOptionFailsWithAMessageAndNoStackTrace() throws Exception {
    Outcome outcome = launch("merton", "--method=kmv");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.stderr().contains("--method must be trailing_window, iterative or naive"), outcome.stderr());
    assertTrue(!outcome.stderr().contains("\tat "), "no stack trace: " + outcome.stderr());

    Outcome misspelt = launch("merton", "--metod=naive");
    assertEquals(2, misspelt.exitCode());
    assertTrue(misspelt.stderr().contains("metod"), misspelt.stderr());
  }
}
