package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.pipelines.testing.ReferenceTestData;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the published study's column names against the asset values its own
 * reference code produced (src-test/testdata/merton): every comparable row to 1e-6 relative.
 */
class MertonReferenceTest {

  @Test
  void trailingWindowMatchesTheStudysReferenceCode(@TempDir Path out) throws IOException {
    Path data = ReferenceTestData.folder("merton");
    PipelineResult result = MertonRuns.run(out, "--input=" + data.resolve("firms.csv"), "--outputFormat=csv");

    Map<String, Double> assetValues = new HashMap<>();
    for (String row : OutputFiles.csvRows(out, "merton-*.csv", MertonResultSinks.CSV_HEADER)) {
      String[] f = row.split(",");
      assertEquals("trailing_window", f[3]);
      assetValues.put(f[0] + "," + f[1] + "," + f[2], Double.parseDouble(f[4]));
    }
    assertEquals(21_000, assetValues.size(), "6 firms × 700 days × 5 horizons, each once");

    List<String> expected = Files.readAllLines(data.resolve("expected_trailing_window.csv"));
    int compared = 0;
    for (String line : expected.subList(1, expected.size())) {
      String[] f = line.split(",");
      if (!f[4].equals("1")) {
        continue;
      }
      String key = f[0] + "," + f[1] + "," + f[2];
      double want = Double.parseDouble(f[3]);
      Double got = assetValues.get(key);
      assertTrue(got != null, "no output row for " + key);
      assertEquals(want, got, 1e-6 * Math.abs(want), key);
      compared++;
    }
    assertEquals(18_889, compared);

    RunMetrics metrics = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    assertEquals(4_200, metrics.counter(MertonMetrics.ROWS_IN));
    assertEquals(4_200, metrics.counter(MertonMetrics.ROWS_USED));
    assertEquals(6, metrics.counter(MertonMetrics.FIRMS_ESTIMATED));
    assertEquals(21_000, metrics.counter(MertonMetrics.OUTPUT_ROWS));
    assertTrue(metrics.counter(MertonMetrics.SOLVES) > 5 * (4 * (700 - 253) + 253),
        "every levered day is solved at least once per horizon");
  }
}
