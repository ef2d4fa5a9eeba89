package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.run.Cli;
import io.quantbeam.pipelines.run.NothingUsedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs with nothing to compute end the same way in every pipeline: a header-only input succeeds with
 * an empty results table (header only); an input whose every row is rejected ends with exit code 3
 * ({@link NothingUsedException}) after writing the dead letters, the empty table and the report.
 */
class MertonNothingToComputeTest {

  private static final String HEADER = "firm_id,date,equity_value,face_value_debt,risk_free_rate";

  private static List<Path> results(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().matches("merton-\\d{5}-of-\\d{5}\\.csv")).toList();
    }
  }

  @Test
  void aHeaderOnlyInputWritesAnEmptyResultsTable(@TempDir Path dir) throws IOException {
    Path input = Files.writeString(dir.resolve("firms.csv"), HEADER + "\n");
    Path out = dir.resolve("out");
    MertonRuns.run(out, "--input=" + input, "--outputFormat=csv");
    List<Path> results = results(out);
    assertEquals(1, results.size(), results.toString());
    assertEquals(List.of(MertonResultSinks.CSV_HEADER), Files.readAllLines(results.get(0)));
    assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("run.json")));
  }

  @Test
  void everyRowRejectedEndsWithExitCodeThree(@TempDir Path dir) throws IOException {
    Path input = Files.writeString(dir.resolve("firms.csv"), HEADER + "\n"
        + "A,2024-01-02,not-a-number,100,0.04\n"
        + "A,2024-01-03,-5,100,0.04\n"
        + "B,yesterday,50,100,0.04\n");
    Path out = dir.resolve("out");
    NothingUsedException e = assertThrows(NothingUsedException.class,
        () -> Cli.run(new String[] {"--input=" + input, "--outputFormat=csv", "--output=" + out},
            MertonOptions.class, MertonPipeline::run));
    assertEquals(3, NothingUsedException.EXIT_CODE);
    assertTrue(e.getMessage().startsWith("all 3 rows read were rejected")
        && e.getMessage().contains(out.resolve("dead-letter").toString()), e.getMessage());
    try (Stream<Path> deadLetters = Files.list(out.resolve("dead-letter"))) {
      assertEquals(3, deadLetters.flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException io) {
          throw new java.io.UncheckedIOException(io);
        }
      }).count());
    }
    assertEquals(List.of(MertonResultSinks.CSV_HEADER), Files.readAllLines(results(out).get(0)));
  }
}
