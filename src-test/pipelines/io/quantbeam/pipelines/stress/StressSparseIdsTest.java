package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.models.stress.ScenarioRandom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario ids as risk systems hand them over — arbitrary longs (sparse, huge, negative), in no
 * order, over several files — give the same figures as the same scenarios numbered 0 … N − 1 in
 * one file, for any shard size.
 */
class StressSparseIdsTest {

  private static final int SCENARIOS = 600;
  private static final String HEADER = "scenario_id,EQUITY_SPX,FX_EUR,RATE_USD_10Y,SPREAD_BBB,VOL_SPX";

  @Test
  void sparseUnorderedIdsOverSeveralFilesMatchDenseIds(@TempDir Path dir) throws IOException {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 40);
    Random random = new Random(3);
    List<String> shocks = new ArrayList<>();
    for (int i = 0; i < SCENARIOS; i++) {
      shocks.add(String.format("%s,%s,%s,%s,%s", 0.08 * random.nextGaussian(), 0.02 * random.nextGaussian(),
          0.004 * random.nextGaussian(), 0.002 * random.nextGaussian(), 0.03 * random.nextGaussian()));
    }
    Path dense = Files.createDirectories(dir.resolve("dense"));
    List<String> denseRows = new ArrayList<>(List.of(HEADER));
    for (int i = 0; i < SCENARIOS; i++) {
      denseRows.add(i + "," + shocks.get(i));
    }
    Files.write(dense.resolve("all.csv"), denseRows);

    // Sparse ids: scattered over the whole long range, shuffled, in three files of unequal size.
    Map<Long, Long> denseOfSparse = new HashMap<>();
    List<String> sparseRows = new ArrayList<>();
    for (int i = 0; i < SCENARIOS; i++) {
      long id = ScenarioRandom.mix(i + 977L);
      denseOfSparse.put(id, (long) i);
      sparseRows.add(id + "," + shocks.get(i));
    }
    Collections.shuffle(sparseRows, new Random(5));
    Path sparse = Files.createDirectories(dir.resolve("sparse"));
    int[] cuts = {0, 50, 410, SCENARIOS};
    for (int f = 0; f < 3; f++) {
      List<String> part = new ArrayList<>(List.of(HEADER));
      part.addAll(sparseRows.subList(cuts[f], cuts[f + 1]));
      Files.write(sparse.resolve("part-" + f + ".csv"), part);
    }

    JsonNode expected = run(in, dense.resolve("*.csv"), dir.resolve("out-dense"), 4000, Map.of());
    assertEquals(SCENARIOS, expected.get("scenarios").asLong());
    for (int shardSize : new int[] {25, 5000}) {
      JsonNode actual = run(in, sparse.resolve("part-*.csv"), dir.resolve("out-sparse-" + shardSize), shardSize,
          denseOfSparse);
      assertEquals(expected, actual, "shard size " + shardSize);
    }
  }

  /** The report's figures, with the worst scenarios' ids translated to dense ids and the input path dropped. */
  private static JsonNode run(Path in, Path scenarios, Path out, int shardSize, Map<Long, Long> denseOfSparse) {
    StressRuns.run(out, "--portfolio=" + in.resolve("portfolio.csv"), "--market=" + in.resolve("market.json"),
        "--scenarios=" + scenarios, "--shardSize=" + shardSize, "--confidence=0.95,0.99", "--esConfidence=0.975,0.99");
    ObjectNode report = (ObjectNode) StressRuns.report(out);
    report.remove("scenarioSource");
    for (JsonNode w : report.get("worst")) {
      long id = w.get("scenario_id").asLong();
      ((ObjectNode) w).put("scenario_id", denseOfSparse.getOrDefault(id, id));
    }
    for (JsonNode level : report.get("contributions")) {
      long id = level.get("varScenario").asLong();
      ((ObjectNode) level).put("varScenario", denseOfSparse.getOrDefault(id, id));
    }
    return report;
  }
}
