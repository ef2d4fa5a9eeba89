package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same grids, MSEs and model files on the Direct runner and on embedded Flink. */
class ForestRunnersTest {

  /** Table rows, sorted, without the columns that may differ between runs: timings, and paths naming the output folder. */
  private static List<String> comparable(Path out, String glob, String header, String... dropped) {
    List<String> columns = Arrays.asList(header.split(","));
    return OutputFiles.csvRows(out, glob, header).stream()
        .map(row -> {
          String[] fields = row.split(",", -1);
          StringBuilder kept = new StringBuilder();
          for (int i = 0; i < fields.length && i < columns.size(); i++) {
            if (!Arrays.asList(dropped).contains(columns.get(i))) {
              kept.append(fields[i]).append(',');
            }
          }
          return kept.toString();
        })
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void directAndEmbeddedFlinkGiveIdenticalGridsMsesAndModels(@TempDir Path dir) throws IOException {
    MinuteBarGenerator generator = new MinuteBarGenerator(LocalDate.of(2022, 8, 1), 3, 0.05, 4);
    ForestRuns.writeBars(dir.resolve("in/a.csv"), generator, List.of("TCS", "INFY"), List.of());
    ForestRuns.writeBars(dir.resolve("in/b.csv"), generator, List.of("SBIN"), List.of("SBIN,2022-08-01T09:15:00,1,1,2,1,1"));
    String input = "--input=" + dir.resolve("in/*.csv");
    ForestRuns.forest(dir.resolve("direct"), input, "--outputFormat=csv", "--runner=DirectRunner");
    ForestRuns.forest(dir.resolve("flink"), input, "--outputFormat=csv", "--runner=FlinkRunner");

    List<String> grid = comparable(dir.resolve("direct"), "grid-*.csv", ForestTableSinks.GRID_HEADER, "train_seconds");
    assertEquals(12, grid.size());
    assertEquals(grid, comparable(dir.resolve("flink"), "grid-*.csv", ForestTableSinks.GRID_HEADER, "train_seconds"));
    List<String> results = comparable(dir.resolve("direct"), "results-*.csv", ForestTableSinks.RESULTS_HEADER,
        "train_seconds", "model_path");
    assertEquals(3, results.size());
    assertEquals(results, comparable(dir.resolve("flink"), "results-*.csv", ForestTableSinks.RESULTS_HEADER,
        "train_seconds", "model_path"));
    for (String model : List.of("TCS.qbrf", "INFY.qbrf", "SBIN.qbrf")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("direct/models").resolve(model)),
          Files.readAllBytes(dir.resolve("flink/models").resolve(model)), model);
    }
    assertEquals(OutputFiles.lines(dir.resolve("direct/dead-letter"), "*.jsonl"),
        OutputFiles.lines(dir.resolve("flink/dead-letter"), "*.jsonl"));
  }
}
