package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.io.OutputStaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run skeleton's commit: a pipeline that fails while running (here a worker's exception) leaves
 * the previous run's files exactly as they were; one that succeeds replaces them.
 */
class PipelineRunStagingTest {

  private static final List<String> PREVIOUS_RUN = List.of("results-*", "report.html");

  private static void run(Path output, String failOn) {
    PipelineOptions options = PipelineOptionsFactory.create();
    PipelineRun run = PipelineRun.start("staging-test", options);
    OutputStaging staging = run.stage(output.toString(), PREVIOUS_RUN);
    Pipeline pipeline = Pipeline.create(options);
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

  @Test
  void aRunThatFailsMidwayLeavesThePreviousFilesByteIdentical(@TempDir Path dir) throws IOException {
    Path output = Files.createDirectories(dir.resolve("out"));
    Path results = Files.writeString(output.resolve("results-00000-of-00001.txt"), "x\ny\n");
    Path report = Files.writeString(output.resolve("report.html"), "<!DOCTYPE html>previous");
    RuntimeException e = assertThrows(RuntimeException.class, () -> run(output, "b"));
    assertFalse(e instanceof IllegalArgumentException, e.toString());
    assertEquals("x\ny\n", Files.readString(results));
    assertEquals("<!DOCTYPE html>previous", Files.readString(report));
    try (var files = Files.list(output)) {
      assertEquals(List.of("report.html", "results-00000-of-00001.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "nothing staged is left behind");
    }
  }

  @Test
  void aRunThatSucceedsReplacesThePreviousFiles(@TempDir Path dir) throws IOException {
    Path output = Files.createDirectories(dir.resolve("out"));
    Files.writeString(output.resolve("results-00000-of-00002.txt"), "x\n");
    Files.writeString(output.resolve("results-00001-of-00002.txt"), "y\n");
    Files.writeString(output.resolve("report.html"), "previous");
    Files.writeString(output.resolve("notes.txt"), "the user's own\n");
    run(output, "none");
    try (var files = Files.list(output)) {
      assertEquals(List.of("notes.txt", "results-00000-of-00001.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertEquals(List.of("a", "b", "c"), Files.readAllLines(output.resolve("results-00000-of-00001.txt")).stream()
        .sorted().toList());
    assertTrue(Files.notExists(output.resolve(OutputStaging.FOLDER)));
  }
}
