package io.quantbeam.pipelines.merton;

import static io.quantbeam.pipelines.testing.OutputFiles.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.io.OutputStaging;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rerun replaces the previous results only when it succeeds; a failed one leaves them byte for byte. */
class MertonRerunTest {

  @Test
  void rerunOnADamagedInputLeavesThePreviousResultsAsTheyWere(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in");
    PipelineOptionsFactory.register(MertonGenerateOptions.class);
    MertonGeneratePipeline.run(PipelineOptionsFactory.fromArgs("--output=" + input, "--firms=3", "--years=2",
        "--outputFormat=parquet").withValidation().as(MertonGenerateOptions.class));
    Path firms;
    try (Stream<Path> files = Files.list(input)) {
      firms = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Path output = dir.resolve("out");
    MertonRuns.run(output, "--input=" + input.resolve("firms-*.parquet"), "--outputFormat=csv");
    Map<String, byte[]> before = contents(output);
    assertTrue(before.keySet().stream().anyMatch(name -> name.startsWith("merton-")), before.keySet().toString());
    assertTrue(before.containsKey("report.html") && before.containsKey("run.json"), before.keySet().toString());

    // damage the column data but keep the footer: the input check reads the first rows and names the file
    try (RandomAccessFile file = new RandomAccessFile(firms.toFile(), "rw")) {
      file.seek(4);
      file.write(new byte[(int) Math.min(4096, file.length() / 2)]);
    }
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(output, "--input=" + input.resolve("firms-*.parquet"), "--outputFormat=csv"));
    assertTrue(failure.getMessage().contains(firms.toString()), failure.getMessage());

    Map<String, byte[]> after = contents(output);
    assertEquals(before.keySet(), after.keySet());
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertTrue(Arrays.equals(file.getValue(), after.get(file.getKey())), file.getKey() + " changed");
    }
    assertFalse(Files.exists(output.resolve(OutputStaging.FOLDER)), "the failed run's staging folder is removed");
  }

  @Test
  void successfulRerunReplacesThePreviousResults(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("out");
    MertonRuns.run(output, "--sampleFirms=4", "--sampleYears=2", "--outputFormat=csv", "--firmShards=2");
    Files.writeString(output.resolve("merton-00009-of-00010.csv"), "a stale shard of an older run\n");
    Files.writeString(output.resolve("notes.txt"), "the user's own file\n");
    MertonRuns.run(output, "--sampleFirms=4", "--sampleYears=2", "--outputFormat=csv", "--firmShards=2");
    Map<String, byte[]> after = contents(output);
    assertFalse(after.containsKey("merton-00009-of-00010.csv"), after.keySet().toString());
    assertTrue(after.containsKey("notes.txt") && after.containsKey("report.html"), after.keySet().toString());
    assertTrue(after.keySet().stream().anyMatch(name -> name.startsWith("merton-")), after.keySet().toString());
    assertFalse(Files.exists(output.resolve(OutputStaging.FOLDER)));
  }

  @Test
  void anOutputThatCannotBeWrittenIsToldBeforeAnyWork(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(file.resolve("out"), "--sampleFirms=2", "--sampleYears=2"));
    assertTrue(e.getMessage().startsWith("--output: cannot write to " + file.resolve("out")), e.getMessage());
  }
}
