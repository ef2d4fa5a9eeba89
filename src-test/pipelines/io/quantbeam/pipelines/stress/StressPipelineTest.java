package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the stress pipeline, outputs read back and checked independently. */
class StressPipelineTest {

  private static final int SCENARIOS = 701;

  @Test
  void reportAgreesWithABruteForceReadingOfThePnlFile(@TempDir Path dir) {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 80);
    Path out = dir.resolve("out");
    StressRuns.runGenerated(inputs, out, SCENARIOS, "--outputFormat=csv", "--shardSize=64");
    JsonNode report = StressRuns.report(out);
    List<String> header = List.of(OutputFiles.lines(out, "pnl-*.csv").get(0).split(","));
    List<String> books = header.subList(2, header.size());
    List<String> rows = OutputFiles.csvRows(out, "pnl-*.csv", String.join(",", header));
    assertEquals(SCENARIOS, rows.size());
    assertEquals(SCENARIOS, report.get("scenarios").asLong());
    assertEquals(List.of("CREDIT", "EQUITY_CASH", "EQUITY_DERIVS", "MACRO", "RATES", "TREASURY"), books);

    double[] pnl = new double[SCENARIOS];
    long[] ids = new long[SCENARIOS];
    double[][] byBook = new double[books.size()][SCENARIOS];
    for (int i = 0; i < SCENARIOS; i++) {
      String[] fields = rows.get(i).split(",");
      ids[i] = Long.parseLong(fields[0]);
      pnl[i] = Double.parseDouble(fields[1]);
      double sum = 0;
      for (int b = 0; b < books.size(); b++) {
        byBook[b][i] = Double.parseDouble(fields[2 + b]);
        sum += byBook[b][i];
      }
      assertEquals(pnl[i], sum, 1e-9 * Math.max(1, Math.abs(sum)), "books add up to the total");
    }
    assertEquals(SCENARIOS, Arrays.stream(ids).distinct().count());

    checkTail(report, pnl);
    for (int b = 0; b < books.size(); b++) {
      checkTail(report.get("books").get(books.get(b)), byBook[b]);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (double x : pnl) {
      sum = sum.add(new BigDecimal(x));
    }
    assertEquals(sum.divide(BigDecimal.valueOf(SCENARIOS), MathContext.DECIMAL128).doubleValue(),
        report.get("mean").asDouble(), 0.0);
    double mean = report.get("mean").asDouble();
    double squares = Arrays.stream(pnl).map(x -> (x - mean) * (x - mean)).sum();
    assertEquals(Math.sqrt(squares / (SCENARIOS - 1)), report.get("std").asDouble(), 1e-9 * report.get("std").asDouble());

    double[] losses = Arrays.stream(pnl).map(x -> -x).sorted().toArray();
    JsonNode worst = report.get("worst");
    assertEquals(10, worst.size());
    assertEquals(losses[SCENARIOS - 1], worst.get(0).get("loss").asDouble(), 0.0);
    long worstId = worst.get(0).get("scenario_id").asLong();
    assertEquals(-losses[SCENARIOS - 1], pnl[indexOf(ids, worstId)], 0.0);

    JsonNode histogram = report.get("histogram");
    long counted = 0;
    for (JsonNode c : histogram.get("counts")) {
      counted += c.asLong();
    }
    assertEquals(SCENARIOS, counted);
    assertEquals(Arrays.stream(pnl).min().getAsDouble(), histogram.get("edges").get(0).asDouble(), 0.0);
    assertTrue(report.get("baseValue").asDouble() > 0);
    assertTrue(StressRuns.reportText(out, "report.txt").contains("VaR 99%"));
  }

  /** VaR and ES of one series, against a sort of its P&L. */
  private static void checkTail(JsonNode figures, double[] pnl) {
    int n = pnl.length;
    double[] losses = Arrays.stream(pnl).map(x -> 0.0 - x).sorted().toArray();
    for (String[] level : new String[][] {{"var", "0.95", "36"}, {"var", "0.99", "8"}, {"es", "0.975", "18"}}) {
      int m = Integer.parseInt(level[2]); // ⌈(1 − α)·701⌉
      double expected;
      if (level[0].equals("var")) {
        expected = losses[n - m];
      } else {
        BigDecimal tail = BigDecimal.ZERO;
        for (int k = 0; k < m; k++) {
          tail = tail.add(new BigDecimal(losses[n - 1 - k]));
        }
        expected = tail.divide(BigDecimal.valueOf(m), MathContext.DECIMAL128).doubleValue();
      }
      assertEquals(expected, figures.get(level[0]).get(level[1]).asDouble(), 0.0, level[0] + " " + level[1]);
    }
  }

  private static int indexOf(long[] ids, long id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return i;
      }
    }
    throw new AssertionError("scenario " + id + " not in the P&L file");
  }

  @Test
  void reportAndPnlAreIdenticalForShardSizesOneSevenAndFiveThousand(@TempDir Path dir) {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 40);
    String reference = null;
    List<String> referencePnl = null;
    for (int shardSize : new int[] {5000, 7, 1}) {
      Path out = dir.resolve("shard" + shardSize);
      StressRuns.runGenerated(inputs, out, 120, "--shardSize=" + shardSize);
      String report = StressRuns.reportText(out, "report.json");
      List<String> pnl = OutputFiles.parquetRows(out, "pnl-*.parquet").stream().map(GenericRecord::toString).sorted().toList();
      assertEquals(120, pnl.size());
      if (reference == null) {
        reference = report;
        referencePnl = pnl;
      } else {
        assertEquals(reference, report, "report with shard size " + shardSize);
        assertEquals(referencePnl, pnl, "P&L with shard size " + shardSize);
      }
    }
  }

  @Test
  void embeddedFlinkGivesTheSameReportAsDirect(@TempDir Path dir) {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 40);
    StressRuns.runGenerated(inputs, dir.resolve("direct"), 300, "--shardSize=50", "--runner=DirectRunner");
    StressRuns.runGenerated(inputs, dir.resolve("flink"), 300, "--shardSize=50", "--runner=FlinkRunner");
    assertEquals(StressRuns.reportText(dir.resolve("direct"), "report.json"),
        StressRuns.reportText(dir.resolve("flink"), "report.json"));
    List<String> direct = OutputFiles.parquetRows(dir.resolve("direct"), "pnl-*.parquet").stream()
        .map(GenericRecord::toString).sorted().toList();
    assertEquals(direct, OutputFiles.parquetRows(dir.resolve("flink"), "pnl-*.parquet").stream()
        .map(GenericRecord::toString).sorted().toList());
  }
}
