package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.forest.MinuteBarGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forest-score ends like every run: report.html with its facts and symbols, run.json with its models. */
class ForestScoreReportTest {

  @Test
  void scoringLeavesAReportAndARunRecord(@TempDir Path dir) throws IOException {
    MinuteBarGenerator history = new MinuteBarGenerator(LocalDate.of(2022, 3, 7), 3, 0.05, 6);
    Path bars = ForestRuns.writeBars(dir.resolve("train/bars.csv"), history, List.of("ITC"), List.of());
    ForestRuns.forest(dir.resolve("trained"), "--input=" + bars);

    Path out = dir.resolve("scored");
    ForestRuns.score(out, "--input=" + bars, "--models=" + dir.resolve("trained/models"));
    // 1,125 bars: the first 10 lack lags, the last has no next bar to compare but is still predicted

    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("<h1>Forest predictions</h1>"), report);
    assertTrue(report.contains("<th>bars in</th><td>1,125 = 1,125 used + 0 rejected</td>"), report);
    assertTrue(report.contains("<td>ITC</td><td class=\"num\">1,115</td>"), report);
    JsonNode manifest = new ObjectMapper().readTree(Files.readString(out.resolve("run.json")));
    assertEquals("forest-score", manifest.get("pipeline").asText());
    assertTrue(manifest.get("models").has("ITC"), manifest.toString());
    assertEquals(1_115, manifest.get("counts").get("rows_scored").asLong());
  }
}
