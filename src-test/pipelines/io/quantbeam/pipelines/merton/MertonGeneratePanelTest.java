package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MertonGeneratePanelTest {

  @Test
  void panelFirmsHaveStaggeredHistoriesAndMertonAccountsForEveryRow(@TempDir Path dir) {
    Path data = dir.resolve("data");
    PipelineOptionsFactory.register(MertonGenerateOptions.class);
    MertonGeneratePipeline.run(PipelineOptionsFactory.fromArgs("--firms=40", "--years=6", "--seed=5", "--panel",
        "--output=" + data).as(MertonGenerateOptions.class));

    Map<String, Integer> daysPerFirm = new TreeMap<>();
    Map<String, Integer> firstDayPerFirm = new TreeMap<>();
    for (GenericRecord row : OutputFiles.parquetRows(data, "firms-*.parquet")) {
      String firm = row.get("firm_id").toString();
      daysPerFirm.merge(firm, 1, Integer::sum);
      firstDayPerFirm.merge(firm, (Integer) row.get("date"), Math::min);
    }
    long rows = daysPerFirm.values().stream().mapToLong(Integer::intValue).sum();
    assertEquals(SampleFirms.rowCount(40, 6, 5, true), rows);
    assertEquals(40, daysPerFirm.size());
    assertTrue(daysPerFirm.values().stream().distinct().count() > 10, "histories differ in length: " + daysPerFirm);
    assertTrue(daysPerFirm.values().stream().anyMatch(n -> n <= 252), "some firms are too short to estimate");
    assertTrue(firstDayPerFirm.values().stream().distinct().count() > 10, "listing dates differ");

    PipelineResult result = MertonRuns.run(dir.resolve("out"), "--input=" + data + "/firms-*.parquet",
        "--horizons=1");
    RunMetrics m = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    long shortRows = daysPerFirm.values().stream().filter(n -> n <= 252).mapToLong(Integer::intValue).sum();
    assertEquals(rows, m.counter(MertonMetrics.ROWS_IN));
    assertEquals(shortRows, m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY));
    assertEquals(rows - shortRows, m.counter(MertonMetrics.ROWS_USED));
    assertEquals(rows - shortRows, m.counter(MertonMetrics.OUTPUT_ROWS));
  }
}
