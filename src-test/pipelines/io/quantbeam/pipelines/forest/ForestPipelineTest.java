package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForecastTarget;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.MeanSquaredError;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.SplitRule;
import io.quantbeam.models.forest.TypicalPriceFeatures;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.forest.ForestFiles;
import io.quantbeam.transforms.forest.ForestMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestPipelineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sampleRunWritesTablesModelsJsonAndSummary(@TempDir Path out) throws IOException {
    ForestRuns.forest(out, "--sampleSymbols=2", "--sampleDays=4", "--outputFormat=csv");

    List<String> results = OutputFiles.csvRows(out, "results-*.csv", ForestTableSinks.RESULTS_HEADER);
    assertEquals(2, results.size());
    List<String> grid = OutputFiles.csvRows(out, "grid-*.csv", ForestTableSinks.GRID_HEADER);
    assertEquals(8, grid.size());

    // The sample is MinuteBarGenerator(2024-01-01, 4 days, tick 0.05, seed 42): rebuild its test rows independently.
    MinuteBarGenerator sample = new MinuteBarGenerator(LocalDate.of(2024, 1, 1), 4, 0.05, 42);
    for (String line : Files.readAllLines(out.resolve(ForestResultJson.FILE))) {
      JsonNode r = JSON.readTree(line);
      String symbol = r.get("symbol").asText();
      assertEquals("trained", r.get("status").asText());
      double best = Double.POSITIVE_INFINITY;
      int bestPoint = -1;
      int starred = 0;
      for (JsonNode point : r.get("grid")) {
        if (point.get("validationMse").asDouble() < best) {
          best = point.get("validationMse").asDouble();
          bestPoint = point.get("gridPoint").asInt();
        }
        starred += point.get("best").asBoolean() ? 1 : 0;
      }
      assertEquals(1, starred);
      assertEquals(bestPoint, r.get("bestGridPoint").asInt(), "best = lowest validation MSE");
      assertEquals(best, r.get("validationMse").asDouble(), 0.0);

      ForestModel model = ForestFiles.readModel(r.get("modelPath").asText());
      assertEquals(symbol, model.symbol());
      assertEquals(6, model.forest().treeCount());
      PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(sample.generate(symbol), 42);
      double reloaded = MeanSquaredError.of(model.forest().predict(prepared.test()), prepared.test().targetsCopy());
      assertEquals(r.get("testMse").asDouble(), reloaded, 1e-12 * reloaded, "the saved model reproduces the test MSE");

      // Persistence forecast: next TYPPRICE = current TYPPRICE (feature 0), on the same rows.
      double testPersistence = persistenceMse(prepared.test());
      double validationPersistence = persistenceMse(prepared.validation());
      assertEquals(testPersistence, r.get("testPersistenceMse").asDouble(), 1e-12 * testPersistence);
      assertEquals(1 - r.get("testMse").asDouble() / testPersistence, r.get("testSkill").asDouble(), 1e-12);
      assertEquals(validationPersistence, r.get("validationPersistenceMse").asDouble(), 1e-12 * validationPersistence);
      // Importances of the final model: impurity as recomputed from the saved model, permutation deterministic.
      double[] impurity = io.quantbeam.models.forest.ImpurityImportance.of(model.forest());
      JsonNode importance = r.get("importance");
      assertEquals(11, importance.size());
      double total = 0;
      for (int f = 0; f < 11; f++) {
        assertEquals(model.featureNames().get(f), importance.get(f).get("feature").asText());
        assertEquals(impurity[f], importance.get(f).get("impurity").asDouble(), 1e-12);
        total += importance.get(f).get("impurity").asDouble();
      }
      assertEquals(1, total, 1e-12);
      io.quantbeam.models.forest.PermutationImportance permutation = new io.quantbeam.models.forest.PermutationImportance(
          prepared.test(), prepared.testPrices(), prepared.target(), 42, symbol);
      permutation.add(model.forest());
      double[] expected = permutation.importances();
      for (int f = 0; f < 11; f++) {
        assertEquals(expected[f], importance.get(f).get("permutation").asDouble(), 1e-9 * r.get("testMse").asDouble());
      }
      assertTrue(importance.get(0).get("permutation").asDouble() > 0, "shuffling the current price hurts");
      for (JsonNode point : r.get("grid")) {
        assertEquals(validationPersistence, point.get("persistenceMse").asDouble(), 1e-12 * validationPersistence);
        assertEquals(1 - point.get("validationMse").asDouble() / validationPersistence, point.get("skill").asDouble(), 1e-12);
      }
    }
    String summary = Files.readString(out.resolve(ForestPipeline.SUMMARY_FILE));
    assertTrue(summary.contains("validation MSE per grid point") && summary.contains("RELIANCE") && summary.contains("TCS"),
        summary);
    assertTrue(summary.contains("persistence") && summary.contains("skill"), summary);
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("Against the persistence forecast") && report.contains("data-chart=\"skill\""), "skill chart");
    assertTrue(report.contains("data-chart=\"importance-impurity\"") && report.contains("data-chart=\"importance-permutation\""),
        "importance charts");
    assertTrue(results.get(0).split(",", -1).length == ForestTableSinks.RESULTS_HEADER.split(",").length);
    assertTrue(Files.exists(out.resolve("run.json")));
    assertFalse(Files.exists(out.resolve("_work")), "the work folder is removed after the run");
  }

  private static double persistenceMse(io.quantbeam.models.forest.FeatureMatrix m) {
    double sum = 0;
    for (int r = 0; r < m.rows(); r++) {
      double e = m.value(r, 0) - m.target(r);
      sum += e * e;
    }
    return sum / m.rows();
  }

  @Test
  void badRowsAreDeadLetteredAndSmallSymbolsReportedByName(@TempDir Path dir) throws IOException {
    MinuteBarGenerator generator = new MinuteBarGenerator(LocalDate.of(2023, 1, 2), 3, 0.05, 9);
    List<String> extra = List.of(
        "TCS,2023-01-02T09:15:00,1,2,0.5,1,10", // repeats TCS's first bar, later in the file set
        "TCS,2023-01-02T09:16:00,1,1,2,1,10",
        "TCS,yesterday,1,1,1,1,1",
        "TCS,2023-02-01T09:15:00,abc,1,1,1,1",
        ",2023-02-01T09:15:00,1,1,1,1,1",
        "TCS,2023-02-01T09:16:00,-1,1,1,1,1",
        "TCS,2023-02-01T09:17:00,1,1",
        "TINY,2023-02-01T09:15:00,10,10.5,9.5,10,100",
        "TINY,2023-02-01T09:16:00,10,10.5,9.5,10,100");
    ForestRuns.writeBars(dir.resolve("in/a.csv"), generator, List.of("TCS", "INFY"), List.of());
    ForestRuns.writeBars(dir.resolve("in/b.csv"), generator, List.of(), extra);
    Path out = dir.resolve("out");
    PipelineResult result = ForestRuns.forest(out, "--input=" + dir.resolve("in/*.csv"));

    List<JsonNode> deadLetters = new ArrayList<>();
    for (String line : OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl")) {
      deadLetters.add(JSON.readTree(line));
    }
    Map<String, Long> reasons = deadLetters.stream().collect(Collectors.groupingBy(d -> d.get("reason").asText(),
        Collectors.counting()));
    assertEquals(Map.of("duplicate_timestamp", 1L, "high_below_low", 1L, "unparseable_timestamp", 1L,
        "unparseable_number", 1L, "missing_symbol", 1L, "non_positive_open", 1L, "malformed_row", 1L), reasons);
    JsonNode duplicate = deadLetters.stream().filter(d -> d.get("reason").asText().equals("duplicate_timestamp")).findFirst()
        .orElseThrow();
    assertTrue(duplicate.get("source").asText().endsWith("b.csv") && duplicate.get("line").asInt() == 2, duplicate.toString());

    Map<String, JsonNode> bySymbol = new HashMap<>();
    Files.readAllLines(out.resolve(ForestResultJson.FILE)).forEach(l -> {
      try {
        JsonNode n = JSON.readTree(l);
        bySymbol.put(n.get("symbol").asText(), n);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    assertEquals("insufficient_data", bySymbol.get("TINY").get("status").asText());
    assertTrue(bySymbol.get("TINY").get("detail").asText().startsWith("too little data: 2 bars"));
    assertEquals("trained", bySymbol.get("TCS").get("status").asText());
    assertEquals("trained", bySymbol.get("INFY").get("status").asText());
    assertTrue(Files.readString(out.resolve(ForestPipeline.SUMMARY_FILE)).contains("TINY"));

    RunMetrics m = RunMetrics.of(result, ForestMetrics.NAMESPACE);
    long bars = 2L * generator.barsPerSymbol() + extra.size();
    assertEquals(bars, m.counter(ForestMetrics.BARS_IN));
    assertEquals(bars - 7, m.counter(ForestMetrics.BARS_USED));
    assertEquals(7, m.counter("rejected"));
    assertEquals(2, m.counter(ForestMetrics.BARS_INSUFFICIENT));
  }

  @Test
  void badOptionsFailBeforeAnyWorkNamingTheOption(@TempDir Path out) {
    assertEquals("--grid names an unknown parameter 'depth'; known: maxFeatures, minSamplesSplit",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forestWith(out, "--grid=depth=3")).getMessage());
    assertEquals("--grid: maxFeatures=12 exceeds the 11 features",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forestWith(out, "--grid=maxFeatures=12")).getMessage());
    assertEquals("--subForests must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forestWith(out, "--subForests=0")).getMessage());
    assertEquals("--maxDepth must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forest(out, "--maxDepth=0")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ForestRuns.forest(out, "--input=" + out.resolve("nothing-*.csv"))).getMessage().startsWith("--input matched no files"));
    assertEquals("--split: expected hash or time, got 'random'",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forest(out, "--split=random")).getMessage());
    assertEquals("--embargoMinutes needs --split=time: the hash split interleaves the parts",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forest(out, "--embargoMinutes=5")).getMessage());
  }

  @Test
  void returnTargetIsScoredOnThePriceScale(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("forest");
    ForestRuns.forest(out, "--sampleSymbols=1", "--sampleDays=4", "--target=return");
    JsonNode r = JSON.readTree(Files.readAllLines(out.resolve(ForestResultJson.FILE)).get(0));
    String symbol = r.get("symbol").asText();
    MinuteBarGenerator sample = new MinuteBarGenerator(LocalDate.of(2024, 1, 1), 4, 0.05, 42);
    PreparedSymbol prepared = new TypicalPriceFeatures(new FeatureLayout(false, ForecastTarget.RETURN))
        .prepare(sample.generate(symbol), 42);
    ForestModel model = ForestFiles.readModel(r.get("modelPath").asText());
    assertEquals(prepared.train().featureNames(), model.featureNames());
    double[] returns = model.forest().predict(prepared.test());
    double sum = 0;
    double persistence = 0;
    for (int row = 0; row < returns.length; row++) {
      double current = prepared.testPrices().current(row);
      double next = prepared.testPrices().next(row);
      double e = current * Math.exp(returns[row]) - next;
      sum += e * e;
      persistence += (current - next) * (current - next);
    }
    assertEquals(sum / returns.length, r.get("testMse").asDouble(), 1e-12 * sum / returns.length);
    assertEquals(persistence / returns.length, r.get("testPersistenceMse").asDouble(), 1e-12 * persistence / returns.length);
    // The price-target run on the same rows has the same persistence MSE only if the rows are the same: they differ by
    // one bar (returns need one more lag), so only check the scale: a return forecast's MSE is of the price's order.
    assertTrue(r.get("testMse").asDouble() < 10 * r.get("testPersistenceMse").asDouble());

    // forest-score turns the return model's forecasts into prices too.
    Path scored = dir.resolve("score");
    ForestRuns.score(scored, "--models=" + out.resolve("models"), "--outputFormat=csv", "--sampleSymbols=1", "--sampleDays=4");
    List<String> rows = OutputFiles.csvRows(scored, "predictions-*.csv", PredictionSinks.CSV_HEADER);
    String[] first = rows.get(0).split(",", -1);
    double price = Double.parseDouble(first[2]);
    double predicted = Double.parseDouble(first[3]);
    assertTrue(Math.abs(predicted / price - 1) < 0.01, "a price near the current one: " + rows.get(0));
    assertEquals("--target: expected price or return, got 'level'",
        assertThrows(IllegalArgumentException.class, () -> ForestRuns.forest(dir.resolve("x"), "--target=level")).getMessage());
  }

  @Test
  void timeSplitTrainsOnTheEarliestRowsAndTestsOnTheLatest(@TempDir Path out) throws IOException {
    ForestRuns.forest(out, "--sampleSymbols=1", "--sampleDays=4", "--split=time", "--embargoMinutes=2");
    JsonNode r = JSON.readTree(Files.readAllLines(out.resolve(ForestResultJson.FILE)).get(0));
    MinuteBarGenerator sample = new MinuteBarGenerator(LocalDate.of(2024, 1, 1), 4, 0.05, 42);
    PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly(), SplitRule.time(2))
        .prepare(sample.generate(r.get("symbol").asText()), 42);
    int usable = 4 * 375 - 11;
    assertEquals((int) Math.floor(0.64 * usable), r.get("trainRows").asInt());
    assertEquals(prepared.validation().rows(), r.get("validationRows").asInt());
    assertEquals(usable - r.get("trainRows").asInt() - 2 - 2, r.get("validationRows").asInt() + r.get("testRows").asInt());
    ForestModel model = ForestFiles.readModel(r.get("modelPath").asText());
    double reloaded = MeanSquaredError.of(model.forest().predict(prepared.test()), prepared.test().targetsCopy());
    assertEquals(r.get("testMse").asDouble(), reloaded, 1e-12 * reloaded);
    assertEquals(persistenceMse(prepared.test()), r.get("testPersistenceMse").asDouble(), 1e-12);
    assertTrue(Files.readString(out.resolve(ForestPipeline.SUMMARY_FILE)).contains("time (chronological 64/16/20 %), embargo 2 min"));
  }

  @Test
  void gridOptionOrdersPointsFirstParameterSlowest() {
    assertEquals("[maxFeatures=5,minSamplesSplit=5, maxFeatures=5,minSamplesSplit=15, maxFeatures=7,minSamplesSplit=5, "
            + "maxFeatures=7,minSamplesSplit=15]",
        GridOption.parse("maxFeatures=5,7;minSamplesSplit=5,15", Integer.MAX_VALUE, 11).toString());
    assertEquals("[maxFeatures=3,minSamplesSplit=5,maxDepth=8, maxFeatures=6,minSamplesSplit=5,maxDepth=8]",
        GridOption.parse("min_samples_split=5; maxFeatures=3,6", 8, 11).toString());
    assertEquals("[maxFeatures=16,minSamplesSplit=4]", GridOption.parse("minSamplesSplit=4", Integer.MAX_VALUE, 16).toString());
    assertThrows(IllegalArgumentException.class, () -> GridOption.parse("maxFeatures=5,5", Integer.MAX_VALUE, 11));
    assertThrows(IllegalArgumentException.class, () -> GridOption.parse("minSamplesSplit=1", Integer.MAX_VALUE, 11));
  }

}
