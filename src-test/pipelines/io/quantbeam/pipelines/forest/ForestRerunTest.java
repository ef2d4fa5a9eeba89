package io.quantbeam.pipelines.forest;

import static io.quantbeam.pipelines.testing.OutputFiles.assertKeptAsItWas;
import static io.quantbeam.pipelines.testing.OutputFiles.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.testing.DirectRunnerWorkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A forest rerun replaces tables, models and report only when it succeeds. */
class ForestRerunTest {

  private static final String[] SAMPLE = {"--sampleSymbols=2", "--sampleDays=3", "--outputFormat=csv"};

  @Test
  void aRerunThatFailsMidRunLeavesThePreviousResultsAndModelsAsTheyWere(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("out");
    ForestRuns.forest(output, SAMPLE);
    Map<String, byte[]> before = contents(output);
    assertTrue(before.keySet().stream().anyMatch(name -> name.startsWith("models/")), before.keySet().toString());
    assertTrue(before.containsKey("report.html") && before.containsKey("run.json"), before.keySet().toString());

    // The work folder (prepared matrices, sub-forest parts) cannot be created under a plain file:
    // the workers fail once the training has started.
    Path notAFolder = Files.writeString(dir.resolve("temp-is-a-file"), "not a folder\n");
    RuntimeException failure = assertThrows(RuntimeException.class, () -> ForestRuns.forest(output,
        SAMPLE[0], SAMPLE[1], SAMPLE[2], "--seed=7", "--tempLocation=" + notAFolder));
    assertFalse(failure instanceof IllegalArgumentException, "failed in the run, not in the pre-flight: " + failure);
    DirectRunnerWorkers.awaitStopped();

    assertKeptAsItWas(before, output);
  }

  @Test
  void aSuccessfulRerunReplacesTheModelsAndKeepsTheUsersFiles(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("out");
    ForestRuns.forest(output, SAMPLE);
    Path stale = Files.writeString(output.resolve("models").resolve("GONE.qbrf"), "a model of an older run\n");
    Files.writeString(output.resolve("notes.txt"), "the user's own file\n");
    ForestRuns.forest(output, SAMPLE);
    Map<String, byte[]> after = contents(output);
    assertFalse(Files.exists(stale), after.keySet().toString());
    assertTrue(after.containsKey("notes.txt") && after.containsKey("report.html"), after.keySet().toString());
    assertEquals(2, after.keySet().stream().filter(name -> name.startsWith("models/")).count(), after.keySet().toString());
    assertFalse(Files.exists(output.resolve(OutputStaging.FOLDER)));
  }
}
