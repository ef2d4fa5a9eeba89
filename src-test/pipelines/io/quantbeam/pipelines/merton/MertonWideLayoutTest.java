package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.testing.OutputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MertonWideLayoutTest {

  @Test
  void wideRowsHoldTheLongRowsOfEachFirmDay(@TempDir Path dir) {
    String header = MertonWideSinks.table(new double[] {1, 2.5}).csvHeader();
    assertEquals("firm_id,date,method,asset_value_1,asset_volatility_1,distance_to_default_1,default_probability_1,"
        + "solves_1,converged_1,asset_value_2_5,asset_volatility_2_5,distance_to_default_2_5,default_probability_2_5,"
        + "solves_2_5,converged_2_5", header);
    MertonRuns.run(dir.resolve("long"), "--sampleFirms=3", "--sampleYears=2", "--horizons=1,2.5", "--outputFormat=csv");
    MertonRuns.run(dir.resolve("wide"), "--sampleFirms=3", "--sampleYears=2", "--horizons=1,2.5", "--outputFormat=csv",
        "--layout=wide");

    // pivot the long rows: firm,date,method + per horizon (value columns after horizon_years and method)
    Map<String, List<String>> pivot = new TreeMap<>();
    for (String row : OutputFiles.csvRows(dir.resolve("long"), "merton-*.csv", MertonResultSinks.CSV_HEADER)) {
      String[] f = row.split(",", -1);
      String key = f[0] + "," + f[1] + "," + f[3];
      List<String> values = pivot.computeIfAbsent(key, k -> new ArrayList<>(List.of("", "")));
      values.set(f[2].equals("1") ? 0 : 1, String.join(",", List.of(f).subList(4, 10)));
    }
    List<String> expected = new ArrayList<>();
    pivot.forEach((key, values) -> expected.add(key + "," + values.get(0) + "," + values.get(1)));
    List<String> wide = OutputFiles.csvRows(dir.resolve("wide"), "merton-*.csv", header);
    wide.sort(null);
    assertEquals(3 * 504, wide.size());
    assertEquals(expected, wide);
    assertEquals(3 * 504 * 2, OutputFiles.csvRows(dir.resolve("long"), "merton-*.csv", MertonResultSinks.CSV_HEADER).size());
  }

  @Test
  void bigInputsGetMoreShardsSoEachStaysNearTwoHundredThousandRows() {
    assertEquals(8, MertonPipeline.shardsFor(1_000_000, 2));
    assertEquals(26, MertonPipeline.shardsFor(5_040_000, 2));
    assertTrue(MertonPipeline.shardsFor(61_000_000, 2) >= 300);
  }
}
