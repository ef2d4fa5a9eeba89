package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contributions table of a real run, read back: books and positions add up to the report's VaR
 * and ES at every level, each book's ES contribution is its mean P&amp;L over the total's tail read
 * from the P&amp;L file, and the table is the same for another shard size.
 */
class StressContributionsTest {

  private static final int SCENARIOS = 900;

  @Test
  void contributionsAddUpToVarAndEsAndMatchThePnlFile(@TempDir Path dir) {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 60);
    Path out = dir.resolve("out");
    StressRuns.runGenerated(inputs, out, SCENARIOS, "--outputFormat=csv", "--shardSize=50",
        "--confidence=0.95,0.99", "--esConfidence=0.975,0.99");
    JsonNode report = StressRuns.report(out);
    List<String> rows = OutputFiles.csvRows(out, "contributions-*.csv", ContributionSinks.CSV_HEADER);
    List<String> header = List.of(OutputFiles.lines(out, "pnl-*.csv").get(0).split(","));
    List<String> books = header.subList(2, header.size());
    List<String[]> pnl = OutputFiles.csvRows(out, "pnl-*.csv", String.join(",", header)).stream()
        .map(r -> r.split(",")).sorted(Comparator.comparingDouble((String[] r) -> Double.parseDouble(r[1]))
            .thenComparingLong(r -> Long.parseLong(r[0])))
        .toList();  // largest loss first, ties by id: the tail order
    assertEquals(SCENARIOS, pnl.size());

    Map<String, double[]> sums = new HashMap<>();  // level/kind -> {var, es}
    for (String row : rows) {
      String[] f = row.split(",", -1);
      double[] s = sums.computeIfAbsent(f[0] + "/" + f[1], k -> new double[2]);
      s[0] += Double.parseDouble(f[6]);
      s[1] += Double.parseDouble(f[7]);
      if (f[1].equals("book")) {
        int m = Integer.parseInt(f[4]);
        int column = 2 + books.indexOf(f[2]);
        double tail = 0;
        for (int r = 0; r < m; r++) {
          tail += Double.parseDouble(pnl.get(r)[column]);
        }
        double expected = -tail / m;
        assertEquals(expected, Double.parseDouble(f[7]), 1e-9 * Math.max(1, Math.abs(expected)), row);
        assertEquals(Long.parseLong(pnl.get(m - 1)[0]), Long.parseLong(f[5]), "VaR scenario of " + row);
        double varExpected = -Double.parseDouble(pnl.get(m - 1)[column]);
        assertEquals(varExpected, Double.parseDouble(f[6]), 1e-9 * Math.max(1, Math.abs(varExpected)), row);
      }
    }
    assertEquals(3 * (books.size() + 60), rows.size(), "levels 0.95, 0.99, 0.975, each once");
    for (String level : List.of("0.95", "0.99", "0.975")) {
      for (String kind : List.of("book", "position")) {
        double[] s = sums.get(level + "/" + kind);
        if (report.get("es").has(level)) {
          double es = report.get("es").get(level).asDouble();
          assertEquals(es, s[1], 1e-9 * es, "ES " + level + " from " + kind + "s");
        }
        if (report.get("var").has(level)) {
          double var = report.get("var").get(level).asDouble();
          assertEquals(var, s[0], 1e-9 * var, "VaR " + level + " from " + kind + "s");
        }
      }
    }
    JsonNode top = report.get("contributions").get("0.975").get("topPositions");
    assertEquals(10, top.size());
    assertTrue(top.get(0).get("es").asDouble() >= top.get(9).get("es").asDouble());
    assertTrue(StressRuns.reportText(out, "report.txt").contains("ES 0.975 from"));
    assertTrue(StressRuns.reportText(out, "report.html").contains("Contributions of each book"));

    Path other = dir.resolve("other");
    StressRuns.runGenerated(inputs, other, SCENARIOS, "--outputFormat=csv", "--shardSize=1000",
        "--confidence=0.95,0.99", "--esConfidence=0.975,0.99");
    assertEquals(new TreeSet<>(rows),
        new TreeSet<>(OutputFiles.csvRows(other, "contributions-*.csv", ContributionSinks.CSV_HEADER)),
        "the same contributions for another shard size");
  }
}
