package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.synthetic.SyntheticFirmGenerator;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.merton.MertonMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MertonPipelineTest {

  private static final SyntheticFirmGenerator FIRMS = new SyntheticFirmGenerator(7, LocalDate.of(2019, 1, 1), 300);

  /** CSV lines (no header) of firm {@code index}, with or without the rate column. */
  private static List<String> csvLines(FirmHistory firm, boolean withRate) {
    List<String> lines = new ArrayList<>();
    for (int t = 0; t < firm.size(); t++) {
      lines.add(firm.firmId() + "," + LocalDate.ofEpochDay(firm.epochDays()[t]) + "," + firm.equityValue()[t] + ","
          + firm.faceValueDebt()[t] + (withRate ? "," + firm.riskFreeRate()[t] : ""));
    }
    return lines;
  }

  private static Path writeCsv(Path file, String header, List<String> lines) throws IOException {
    List<String> all = new ArrayList<>();
    all.add(header);
    all.addAll(lines);
    Files.write(file, all);
    return file;
  }

  @Test
  void badRowsAreDeadLetteredWithReasonsAndTheCountsAddUp(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(csvLines(FIRMS.firm(0), true));
    lines.addAll(csvLines(FIRMS.firm(1), true).subList(0, 100)); // too short a history
    lines.add("F0000000,2019-01-01,1.0,1.0,0.01"); // repeats firm 0's first day, later in the file
    lines.add("F0000000,2019-13-01,100,10,0.01");
    lines.add(",2019-06-01,100,10,0.01");
    lines.add("F0000000,2030-01-01,-5,10,0.01");
    lines.add("F0000000,2030-01-02,100,-10,0.01");
    lines.add("F0000000,2030-01-03,abc,10,0.01");
    lines.add("F0000000,2030-01-04,100");
    Path input = writeCsv(dir.resolve("firms.csv"), "firm_id,date,equity_value,face_value_debt,risk_free_rate", lines);
    Path out = dir.resolve("out");

    PipelineResult result = MertonRuns.run(out, "--input=" + input, "--outputFormat=csv", "--horizons=1,2");

    RunMetrics m = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    assertEquals(407, m.counter(MertonMetrics.ROWS_IN));
    assertEquals(300, m.counter(MertonMetrics.ROWS_USED));
    assertEquals(100, m.counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY));
    assertEquals(7, m.counter("rejected"));
    assertEquals(1, m.counter(MertonMetrics.FIRMS_INSUFFICIENT_HISTORY));
    assertEquals(600, m.counter(MertonMetrics.OUTPUT_ROWS));

    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byReason = new TreeMap<>();
    for (String line : OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl")) {
      JsonNode node = json.readTree(line);
      byReason.put(node.get("reason").asText(), node);
      assertTrue(node.get("source").asText().endsWith("firms.csv"));
    }
    assertEquals(List.of("duplicate_firm_date", "malformed_row", "missing_firm_id", "negative_face_value_debt",
        "non_positive_equity_value", "unparseable_date", "unparseable_number"), new ArrayList<>(byReason.keySet()));
    assertEquals(402, byReason.get("duplicate_firm_date").get("line").asLong());
    assertEquals("F0000000,2019-13-01,100,10,0.01", byReason.get("unparseable_date").get("payload").asText());
    assertEquals(405, byReason.get("non_positive_equity_value").get("line").asLong());
    assertEquals(1, m.counter("rejected_malformed_row"));

    List<String> rows = OutputFiles.csvRows(out, "merton-*.csv", MertonResultSinks.CSV_HEADER);
    assertEquals(600, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.startsWith("F0000000,")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("F0000000,2019-01-01,1,")), "the first row of the file was kept");
  }

  @Test
  void ratesFileGivesTheSameResultsAsRatesInTheRows(@TempDir Path dir) throws IOException {
    List<String> withRates = new ArrayList<>();
    List<String> withoutRates = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      withRates.addAll(csvLines(FIRMS.firm(i), true));
      withoutRates.addAll(csvLines(FIRMS.firm(i), false));
    }
    List<String> rates = new ArrayList<>();
    FirmHistory first = FIRMS.firm(0);
    for (int t = 0; t < first.size(); t++) {
      rates.add(LocalDate.ofEpochDay(first.epochDays()[t]) + "," + first.riskFreeRate()[t]);
    }
    Path a = writeCsv(dir.resolve("a.csv"), "firm_id,date,equity_value,face_value_debt,risk_free_rate", withRates);
    Path b = writeCsv(dir.resolve("b.csv"), "permno,date,mkt_val,face_value_debt", withoutRates);
    Path r = writeCsv(dir.resolve("rates.csv"), "date,DGS1", rates);

    MertonRuns.run(dir.resolve("a"), "--input=" + a, "--outputFormat=csv");
    MertonRuns.run(dir.resolve("b"), "--input=" + b, "--riskFreeRates=" + r, "--outputFormat=csv");

    List<String> rowsA = OutputFiles.csvRows(dir.resolve("a"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    List<String> rowsB = OutputFiles.csvRows(dir.resolve("b"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    rowsA.sort(null);
    rowsB.sort(null);
    assertEquals(3 * 300 * 5, rowsA.size());
    assertEquals(rowsA, rowsB);
  }

  @Test
  void readsTheGeneratorsParquetAndRerunsReplaceOldOutput(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    PipelineOptionsFactory.register(MertonGenerateOptions.class);
    MertonGeneratePipeline.run(PipelineOptionsFactory
        .fromArgs("--firms=4", "--years=2", "--seed=3", "--output=" + data).as(MertonGenerateOptions.class));
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path stale = Files.writeString(out.resolve("merton-99999-of-99999.parquet"), "left by an older run");

    PipelineResult result = MertonRuns.run(out, "--input=" + data + "/firms-*.parquet", "--method=naive",
        "--horizons=1");

    assertFalse(Files.exists(stale), "a rerun removes the previous run's result files");
    long rows = OutputFiles.parquetRows(out, "merton-*.parquet").size();
    assertEquals(4 * (504 - 251), rows, "naive: one row per day with a full 252-day window");
    assertEquals(4 * 504, RunMetrics.of(result, MertonMetrics.NAMESPACE).counter(MertonMetrics.ROWS_USED));
  }

  @Test
  void theBuiltInSampleRunsWithoutInput(@TempDir Path dir) {
    PipelineResult result = MertonRuns.run(dir, "--sampleFirms=5", "--sampleYears=2", "--horizons=1");
    RunMetrics m = RunMetrics.of(result, MertonMetrics.NAMESPACE);
    assertEquals(5 * 504, m.counter(MertonMetrics.ROWS_IN));
    assertEquals(5 * 504, m.counter(MertonMetrics.OUTPUT_ROWS));
    assertEquals(5 * 504, OutputFiles.parquetRows(dir, "merton-*.parquet").size());
  }

  @Test
  void wrongOptionsFailFastNamingTheOption(@TempDir Path dir) throws IOException {
    assertMessage("--method", () -> MertonRuns.run(dir, "--method=kmv"));
    assertMessage("--horizons", () -> MertonRuns.run(dir, "--horizons=1,0"));
    assertMessage("--horizons", () -> MertonRuns.run(dir, "--horizons=one"));
    assertMessage("--estimation", () -> MertonRuns.run(dir, "--estimation=weekly"));
    assertMessage("--drift", () -> MertonRuns.run(dir, "--drift=zero"));
    assertMessage("--outputFormat", () -> MertonRuns.run(dir, "--outputFormat=xlsx"));
    assertMessage("--input matched no files", () -> MertonRuns.run(dir, "--input=" + dir + "/nothing-*.csv"));
    assertMessage("horizon", () -> MertonRuns.options("--horizon=1"));
    Path noRates = writeCsv(dir.resolve("x.csv"), "firm_id,date,equity_value,face_value_debt", List.of());
    assertMessage("--riskFreeRates", () -> MertonRuns.run(dir, "--input=" + noRates));
    Path noDebt = writeCsv(dir.resolve("y.csv"), "firm_id,date,equity_value,risk_free_rate", List.of());
    assertMessage("face_value_debt", () -> MertonRuns.run(dir, "--input=" + noDebt));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable run) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run);
    assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
  }
}
