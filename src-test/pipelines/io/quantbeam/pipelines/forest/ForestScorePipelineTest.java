package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.forest.ForestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestScorePipelineTest {

  @Test
  void savedModelsPredictNewBarsAndSymbolsWithoutAModelAreReported(@TempDir Path dir) throws IOException {
    MinuteBarGenerator history = new MinuteBarGenerator(LocalDate.of(2022, 3, 7), 4, 0.05, 6);
    ForestRuns.writeBars(dir.resolve("train/bars.csv"), history, List.of("ITC", "LT"), List.of());
    ForestRuns.forest(dir.resolve("trained"), "--input=" + dir.resolve("train/bars.csv"), "--calendarFeatures=true");

    // New bars: the day after the training days (same generator, one more day), plus a symbol never trained.
    MinuteBarGenerator longer = new MinuteBarGenerator(LocalDate.of(2022, 3, 7), 5, 0.05, 6);
    BarSeries itc = longer.generate("ITC").tail(375 + FeatureLayout.LAGS);
    List<String> lines = new java.util.ArrayList<>(ForestRuns.csvLines(itc));
    lines.addAll(ForestRuns.csvLines(longer.generate("NEW").tail(20)));
    lines.add("ITC,2022-03-14T10:00:00,1,1,2,1,1");
    Path input = dir.resolve("new/bars.csv");
    Files.createDirectories(input.getParent());
    lines.add(0, BarSinks.CSV_HEADER);
    Files.write(input, lines);

    Path out = dir.resolve("scored");
    ForestRuns.score(out, "--input=" + input, "--models=" + dir.resolve("trained/models"));

    ForestModel model = ForestFiles.readModel(dir.resolve("trained/models/ITC.qbrf").toString());
    FeatureLayout layout = new FeatureLayout(true);
    assertEquals(layout.names(), model.featureNames());
    double[] features = new double[layout.featureCount()];
    Map<String, GenericRecord> byTime = new HashMap<>();
    for (GenericRecord r : OutputFiles.parquetRows(out, "predictions-*.parquet")) {
      assertEquals("ITC", r.get("symbol").toString(), "only symbols with a model are predicted");
      byTime.put(r.get("timestamp").toString(), r);
    }
    assertEquals(375, byTime.size());
    for (int i = FeatureLayout.LAGS; i < itc.size(); i++) {
      layout.features(itc, i, features);
      GenericRecord r = byTime.get(itc.timestamp(i) + ":00");
      assertEquals(model.predict(features), (double) r.get("predicted_next_typprice"), 0.0);
      Object actual = r.get("actual_next_typprice");
      if (i + 1 < itc.size()) {
        assertEquals(itc.typicalPrice(i + 1), (double) actual, 0.0);
      } else {
        assertEquals(null, actual, "the last bar's next minute is the forecast");
      }
    }

    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> scores = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve(ScoreJson.FILE))) {
      JsonNode n = json.readTree(line);
      scores.put(n.get("symbol").asText(), n);
    }
    assertEquals("no_model", scores.get("NEW").get("status").asText());
    assertEquals(20, scores.get("NEW").get("bars").asInt());
    assertTrue(scores.get("ITC").get("mse").asDouble() > 0);
    assertTrue(Files.readString(out.resolve(ForestScorePipeline.SUMMARY_FILE)).contains("NEW          no model: 20 bars"));
    assertEquals(1, OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl").size());
  }

  @Test
  void missingModelsStopTheRunNamingTheFolder(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForestRuns.score(dir.resolve("out"), "--models=" + dir.resolve("none")));
    assertTrue(e.getMessage().startsWith("--models matched no model files: " + dir.resolve("none")), e.getMessage());
  }

  @Test
  void aModelCutShortAfterItsHeaderIsNamedBeforeAnyWork(@TempDir Path dir) throws IOException {
    ForestRuns.forest(dir.resolve("trained"), "--sampleSymbols=1", "--sampleDays=3", "--outputFormat=csv");
    Path model = OutputFiles.matching(dir.resolve("trained/models"), "*.qbrf").get(0);
    byte[] bytes = Files.readAllBytes(model);
    Files.write(model, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // the header is intact
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForestRuns.score(dir.resolve("scored"), "--models=" + dir.resolve("trained/models")));
    assertEquals(model + " is not a readable forest model: forest model checksum mismatch: the file is corrupt or "
        + "truncated", e.getMessage());
  }
}
