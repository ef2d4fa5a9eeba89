package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.stress.FactorKind;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleHistory;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Historical simulation end to end: a generated history with bad rows and a factor column removed,
 * a 5-day horizon and a window; P&amp;L per end date against the models applied to shocks computed
 * by hand from the file's levels.
 */
class StressHistoryTest {

  @Test
  void historyScenariosAreDatedChangesAppliedToTodaysMarket(@TempDir Path dir) throws IOException {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 30);
    SampleHistory.History history = SampleHistory.generate(StressRuns.MARKET,
        SampleCovariance.generate(StressRuns.MARKET, StressRuns.SEED, 1), StressRuns.SEED, LocalDate.of(2008, 6, 2), 120);
    StressInputWriter.history(in.toString(), history);
    List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("history.csv")));
    List<String> header = new ArrayList<>(List.of(lines.get(0).split(",")));
    int dropped = header.indexOf("VOL_SX5E");
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      List<String> f = new ArrayList<>(List.of(line.split(",", -1)));
      f.remove(dropped);
      rows.add(f);
    }
    rows.get(5).set(3, "");                       // a gap: line 6
    rows.get(9).set(2, "Infinity");               // non-finite: line 10
    rows.get(12).set(rows.get(0).indexOf("EQUITY_SPX"), "-5");  // a negative index level: line 13
    rows.add(14, new ArrayList<>(rows.get(14)));  // the date of line 15 twice
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(String.join(",", r)));
    Files.write(in.resolve("history-bad.csv"), out);

    Path result = dir.resolve("out");
    StressRuns.run(result, "--portfolio=" + in.resolve("portfolio.csv"), "--market=" + in.resolve("market.json"),
        "--history=" + in.resolve("history-bad.csv"), "--horizonDays=5", "--from=2008-07-01", "--to=2008-10-31",
        "--outputFormat=csv", "--shardSize=16");

    Map<String, Integer> reasons = new TreeMap<>();
    for (String line : OutputFiles.lines(result.resolve("dead-letter"), "*.jsonl")) {
      reasons.merge(new ObjectMapper().readTree(line).get("reason").asText(), 1, Integer::sum);
    }
    assertEquals(Map.of("missing_level", 1, "non_finite_level", 1, "non_positive_level", 1, "duplicate_date", 2),
        reasons);

    // The usable rows, parsed back by hand: dates and levels.
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> levels = new ArrayList<>();
    List<String> factors = rows.get(0).subList(1, rows.get(0).size());
    TreeMap<LocalDate, Integer> seen = new TreeMap<>();
    for (int r = 1; r < rows.size(); r++) {
      seen.merge(LocalDate.parse(rows.get(r).get(0)), 1, Integer::sum);
    }
    for (int r = 1; r < rows.size(); r++) {
      List<String> f = rows.get(r);
      LocalDate date = LocalDate.parse(f.get(0));
      double[] x = f.subList(1, f.size()).stream().mapToDouble(v -> v.isEmpty() ? Double.NaN : Double.parseDouble(v))
          .toArray();
      boolean bad = seen.get(date) > 1 || Arrays.stream(x).anyMatch(v -> !Double.isFinite(v));
      for (int c = 0; c < x.length && !bad; c++) {
        bad = FactorKind.of(factors.get(c)).relative() && x[c] <= 0;
      }
      if (!bad) {
        dates.add(date);
        levels.add(x);
      }
    }
    List<Long> ids = new ArrayList<>();
    List<double[]> shocks = new ArrayList<>();
    for (int r = 5; r < dates.size(); r++) {
      if (dates.get(r).isBefore(LocalDate.of(2008, 7, 1)) || dates.get(r).isAfter(LocalDate.of(2008, 10, 31))) {
        continue;
      }
      ids.add(Long.parseLong(dates.get(r).toString().replace("-", "")));
      double[] s = new double[factors.size()];
      for (int c = 0; c < s.length; c++) {
        double start = levels.get(r - 5)[c];
        double end = levels.get(r)[c];
        s[c] = FactorKind.of(factors.get(c)).relative() ? end / start - 1 : end - start;
      }
      shocks.add(s);
    }

    JsonNode report = StressRuns.report(result);
    assertEquals(ids.size(), report.get("scenarios").asLong());
    assertEquals(List.of("VOL_SX5E"), toList(report.get("history").get("notShocked")));
    assertEquals(5, report.get("history").get("rowsRejected").asLong());
    JsonNode worst = report.get("worst").get(0);
    assertEquals(LocalDate.parse(worst.get("date").asText()).toString().replace("-", ""),
        worst.get("scenario_id").asText());

    ScenarioLayout layout = new ScenarioLayout(factors);
    PortfolioRevaluer revaluer = new PortfolioRevaluer(StressRuns.MARKET,
        SamplePortfolio.generate(StressRuns.MARKET, 30, StressRuns.SEED), layout);
    double[][] columns = new double[factors.size()][ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      for (int c = 0; c < factors.size(); c++) {
        columns[c][i] = shocks.get(i)[c];
      }
    }
    PnlBlock expected = revaluer.revalue(new ShockBlock(ids.stream().mapToLong(Long::longValue).toArray(), columns));
    Map<Long, Double> actual = new TreeMap<>();
    for (String row : OutputFiles.csvRows(result, "pnl-*.csv", PnlSinks.csvHeader(revaluer.books()))) {
      String[] f = row.split(",");
      actual.put(Long.parseLong(f[0]), Double.parseDouble(f[1]));
    }
    assertEquals(ids.size(), actual.size());
    for (int i = 0; i < ids.size(); i++) {
      double e = expected.total()[i];
      assertEquals(e, actual.get(ids.get(i)), 1e-12 * Math.max(1, Math.abs(e)), "scenario " + ids.get(i));
    }
    assertTrue(StressRuns.reportText(result, "report.txt").contains("not shocked (no history): VOL_SX5E"));
  }

  @Test
  void embeddedFlinkGivesTheSameHistoricalReportAndContributionsAsDirect(@TempDir Path dir) throws IOException {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 25);
    StressInputWriter.history(in.toString(), SampleHistory.generate(StressRuns.MARKET,
        SampleCovariance.generate(StressRuns.MARKET, StressRuns.SEED, 1), StressRuns.SEED, LocalDate.of(2020, 1, 2), 90));
    for (String runner : List.of("DirectRunner", "FlinkRunner")) {
      StressRuns.run(dir.resolve(runner), "--portfolio=" + in.resolve("portfolio.csv"),
          "--market=" + in.resolve("market.json"), "--history=" + in.resolve("history.csv"), "--outputFormat=csv",
          "--shardSize=20", "--runner=" + runner);
    }
    assertEquals(StressRuns.reportText(dir.resolve("DirectRunner"), "report.json"),
        StressRuns.reportText(dir.resolve("FlinkRunner"), "report.json"));
    assertEquals(new java.util.TreeSet<>(OutputFiles.csvRows(dir.resolve("DirectRunner"), "contributions-*.csv",
            ContributionSinks.CSV_HEADER)),
        new java.util.TreeSet<>(OutputFiles.csvRows(dir.resolve("FlinkRunner"), "contributions-*.csv",
            ContributionSinks.CSV_HEADER)));
  }

  @Test
  void historyOptionsAreCheckedBeforeTheRun(@TempDir Path dir) {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 5);
    String[] base = {"--portfolio=" + in.resolve("portfolio.csv"), "--market=" + in.resolve("market.json")};
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> StressRuns.run(dir.resolve("o"),
        base[0], base[1], "--history=" + in.resolve("x.csv"), "--scenarios=100"));
    assertTrue(both.getMessage().contains("--history"), both.getMessage());
    IllegalArgumentException window = assertThrows(IllegalArgumentException.class, () -> StressRuns.run(
        dir.resolve("o"), base[0], base[1], "--scenarios=100", "--covariance=" + in.resolve("covariance.csv"),
        "--from=2008-01-01"));
    assertTrue(window.getMessage().contains("--from"), window.getMessage());
  }

  private static List<String> toList(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
