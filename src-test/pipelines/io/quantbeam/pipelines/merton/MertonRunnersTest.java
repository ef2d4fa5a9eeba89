package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.pipelines.testing.ReferenceTestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same output on every runner. */
class MertonRunnersTest {

  private static List<String> sortedRows(Path out) {
    List<String> rows = OutputFiles.parquetRows(out, "merton-*.parquet").stream().map(Object::toString).sorted().toList();
    return rows;
  }

  @Test
  void embeddedFlinkAndDirectGiveIdenticalOutput(@TempDir Path dir) {
    String input = "--input=" + ReferenceTestData.folder("merton").resolve("firms.csv");
    MertonRuns.run(dir.resolve("direct"), input, "--runner=DirectRunner");
    MertonRuns.run(dir.resolve("flink"), input, "--runner=FlinkRunner");
    List<String> direct = sortedRows(dir.resolve("direct"));
    assertEquals(21_000, direct.size());
    assertEquals(direct, sortedRows(dir.resolve("flink")));
  }
}
