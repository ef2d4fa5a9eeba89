package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad-input class of specs/stress.md gives its clear error, or its dead letter. */
class StressBadInputTest {

  private static final String HEADER = String.join(",", io.quantbeam.transforms.stress.PositionParser.COLUMNS);
  /** One bad row per class, each named for what is wrong with it. */
  private static final List<String> BAD_ROWS = List.of(
      "BAD_TYPE,B,SWAP,USD,,,,,,,,,,,,,",
      "MISSING_FIELD,B,CASH,USD,,,,,,,,,,,,,",
      "UNKNOWN_FACTOR,B,EQUITY,USD,10,100,DAX,,,,,,,,,,",
      "NON_FINITE,B,CASH,USD,,,,,,,,,,,,,NaN",
      "ZERO_MATURITY,B,BOND,USD,,,,,1000,0.05,2,0,AA,,,,",
      "ZERO_EXPIRY,B,OPTION,USD,5,,SPX,,,,,,,5000,0,CALL,",
      "BAD_FREQUENCY,B,BOND,USD,,,,,1000,0.05,3,5,AA,,,,",
      "NEGATIVE_STRIKE,B,OPTION,USD,5,,SPX,,,,,,,-1,1,PUT,");
  private static final Map<String, String> REASONS = Map.of(
      "BAD_TYPE", "unknown_type", "MISSING_FIELD", "missing_field", "UNKNOWN_FACTOR", "unknown_factor",
      "NON_FINITE", "non_finite_number", "ZERO_MATURITY", "non_positive_maturity", "ZERO_EXPIRY",
      "non_positive_expiry", "BAD_FREQUENCY", "bad_frequency", "NEGATIVE_STRIKE", "negative_strike");

  private static Path inputsWithBadPositions(Path dir) {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 30);
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(inputs.resolve("portfolio.csv")));
      assertEquals(HEADER, lines.get(0));
      lines.addAll(BAD_ROWS);
      Files.write(inputs.resolve("portfolio.csv"), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inputs;
  }

  @Test
  void invalidPositionsStopTheRunBeforeAnyScenarioNamingEachPosition(@TempDir Path dir) {
    Path inputs = inputsWithBadPositions(dir);
    Path out = dir.resolve("out");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StressRuns.runGenerated(inputs, out, 50));
    for (String id : REASONS.keySet()) {
      assertTrue(e.getMessage().contains(id), id + " in: " + e.getMessage());
    }
    assertTrue(e.getMessage().contains("--skipInvalidPositions"), e.getMessage());
    assertFalse(Files.exists(out.resolve("report.json")), "nothing was evaluated");
  }

  @Test
  void skippedInvalidPositionsAreDeadLetteredAndListedInTheReport(@TempDir Path dir) throws IOException {
    Path inputs = inputsWithBadPositions(dir);
    Path out = dir.resolve("out");
    StressRuns.runGenerated(inputs, out, 50, "--skipInvalidPositions=true");
    ObjectMapper json = new ObjectMapper();
    Map<String, String> deadLetters = new TreeMap<>();
    for (String line : OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl")) {
      JsonNode d = json.readTree(line);
      deadLetters.put(d.get("payload").asText().split(",")[0], d.get("reason").asText());
      assertTrue(d.get("detail").asText().contains(d.get("payload").asText().split(",")[0]));
    }
    assertEquals(new TreeMap<>(REASONS), deadLetters);
    JsonNode report = StressRuns.report(out);
    assertEquals(50, report.get("scenarios").asLong());
    assertEquals(30, report.get("positions").asInt());
    assertEquals(BAD_ROWS.size(), report.get("invalidPositions").size());
  }

  @Test
  void aDuplicatedPositionIdRejectsEveryRowOfIt(@TempDir Path dir) throws IOException {
    Path inputs = StressRuns.writeInputs(dir.resolve("in"), 20);
    List<String> lines = new ArrayList<>(Files.readAllLines(inputs.resolve("portfolio.csv")));
    lines.add(lines.get(1));
    Files.write(inputs.resolve("portfolio.csv"), lines);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StressRuns.runGenerated(inputs, dir.resolve("out"), 10));
    assertTrue(e.getMessage().contains("P0000001") && e.getMessage().contains("duplicate_position_id"), e.getMessage());
  }

  @Test
  void wrongOptionsFailFastNamingTheOption(@TempDir Path dir) {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 10);
    Path out = dir.resolve("out");
    String portfolio = "--portfolio=" + in.resolve("portfolio.csv");
    String market = "--market=" + in.resolve("market.json");
    String covariance = "--covariance=" + in.resolve("covariance.csv");
    assertMessage("--covariance", () -> StressRuns.run(out, portfolio, market, "--scenarios=100"));
    assertMessage("--market", () -> StressRuns.run(out, portfolio, "--scenarios=100", covariance));
    assertMessage("--scenarios", () -> StressRuns.run(out, portfolio, market, "--scenarios=0", covariance));
    assertMessage("--shardSize", () -> StressRuns.run(out, portfolio, market, "--scenarios=10", covariance,
        "--shardSize=0"));
    assertMessage("--confidence", () -> StressRuns.run(out, portfolio, market, "--scenarios=10", covariance,
        "--confidence=0.95,1.5"));
    assertMessage("--portfolio matched no files", () -> StressRuns.run(out, "--portfolio=" + dir.resolve("none*.csv"),
        market, "--scenarios=10", covariance));
    assertMessage("--covariance is only used", () -> StressRuns.run(out, portfolio, market,
        "--scenarios=" + dir.resolve("none*.csv"), covariance));
    assertFalse(Files.exists(out.resolve("report.json")));
  }

  @Test
  void aCovarianceOrScenarioColumnTheMarketLacksIsAnErrorBeforeAnyWork(@TempDir Path dir) throws IOException {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 10);
    Path scenarios = dir.resolve("scenarios.csv");
    Files.writeString(scenarios, "scenario_id,EQUITY_SPX,EQUITY_DAX\n0,0.01,0.02\n");
    assertMessage("EQUITY_DAX", () -> StressRuns.run(dir.resolve("out"), "--portfolio=" + in.resolve("portfolio.csv"),
        "--market=" + in.resolve("market.json"), "--scenarios=" + scenarios));
    Path covariance = dir.resolve("cov.csv");
    Files.writeString(covariance, "EQUITY_SPX,EQUITY_DAX\n0.0001,0\n0,0.0001\n");
    assertMessage("EQUITY_DAX", () -> StressRuns.run(dir.resolve("out"), "--portfolio=" + in.resolve("portfolio.csv"),
        "--market=" + in.resolve("market.json"), "--scenarios=10", "--covariance=" + covariance));
    Path indefinite = dir.resolve("indefinite.csv");
    Files.writeString(indefinite, "EQUITY_SPX,EQUITY_SX5E\n0.0001,0.0002\n0.0002,0.0001\n");
    assertMessage("positive semi-definite", () -> StressRuns.run(dir.resolve("out"),
        "--portfolio=" + in.resolve("portfolio.csv"), "--market=" + in.resolve("market.json"), "--scenarios=10",
        "--covariance=" + indefinite));
  }

  private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable run) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run);
    assertTrue(e.getMessage().contains(fragment), "expected '" + fragment + "' in: " + e.getMessage());
  }
}
