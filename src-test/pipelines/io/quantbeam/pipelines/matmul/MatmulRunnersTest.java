package io.quantbeam.pipelines.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give byte-identical outputs on the Direct runner and on embedded Flink. */
class MatmulRunnersTest {

  @Test
  void embeddedFlinkAndDirectWriteIdenticalFiles(@TempDir Path dir) throws IOException {
    MatmulRuns.matgen(dir.resolve("a"), 70, 50, 32, 14, 1);
    MatmulRuns.matgen(dir.resolve("b"), 50, 90, 14, 40, 2);
    MatmulRuns.matmul(dir.resolve("a"), dir.resolve("b"), dir.resolve("direct"), "--runner=DirectRunner", "--verify");
    MatmulRuns.matmul(dir.resolve("a"), dir.resolve("b"), dir.resolve("flink"), "--runner=FlinkRunner", "--verify");
    // The matrix (blocks and matrix.json) must be identical; run.json and report.html record timings.
    List<String> names = names(dir.resolve("direct"));
    assertEquals(10, names.size(), "9 blocks and matrix.json: " + names);
    assertEquals(names, names(dir.resolve("flink")));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("direct").resolve(name)),
          Files.readAllBytes(dir.resolve("flink").resolve(name)), name);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".npy") || name.equals(MatrixFolder.METADATA)).sorted().toList();
    }
  }
}
