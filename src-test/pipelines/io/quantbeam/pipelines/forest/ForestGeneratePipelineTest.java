package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestGeneratePipelineTest {

  @Test
  void writesTheGeneratorsBarsAsCsvAndParquet(@TempDir Path dir) {
    MinuteBarGenerator generator = new MinuteBarGenerator(LocalDate.of(2021, 6, 1), 2, 0.01, 5);
    List<String> expected = new java.util.ArrayList<>();
    for (String symbol : List.of("AAA", "B&B")) {
      expected.addAll(ForestRuns.csvLines(generator.generate(symbol)).stream()
          .map(l -> l.replaceFirst("(\\d\\d:\\d\\d),", "$1:00,")).toList());
    }
    expected.sort(null);
    String[] common = {"--symbolNames=AAA,B&B", "--days=2", "--startDate=2021-06-01", "--tickSize=0.01", "--seed=5"};

    Path csv = dir.resolve("csv");
    ForestGeneratePipeline.run(ForestRuns.options(ForestGenerateOptions.class,
        List.of(common[0], common[1], common[2], common[3], common[4], "--outputFormat=csv", "--output=" + csv)));
    List<String> rows = OutputFiles.csvRows(csv, "bars-*.csv", BarSinks.CSV_HEADER);
    rows.sort(null);
    assertEquals(expected, rows);

    Path parquet = dir.resolve("parquet");
    ForestGeneratePipeline.run(ForestRuns.options(ForestGenerateOptions.class,
        List.of(common[0], common[1], common[2], common[3], common[4], "--output=" + parquet)));
    List<String> parquetRows = OutputFiles.parquetRows(parquet, "bars-*.parquet").stream()
        .map(ForestGeneratePipelineTest::asCsv).sorted().collect(Collectors.toList());
    assertEquals(expected, parquetRows);
    assertEquals(2 * 375 * 2, parquetRows.size());
  }

  private static String asCsv(GenericRecord r) {
    return r.get("symbol") + "," + r.get("timestamp") + "," + r.get("open") + "," + r.get("high") + "," + r.get("low") + ","
        + r.get("close") + "," + r.get("volume");
  }

}
