package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.testing.ReportInBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stress report in a real browser: histogram with VaR and ES marked, tail risk per book, worst scenarios. */
class StressReportBrowserTest {

  @Test
  void reportShowsHistogramTailRiskPerBookAndWorstScenarios(@TempDir Path out) throws Exception {
    ReportInBrowser.assumeBrowser();
    PipelineOptionsFactory.register(StressOptions.class);
    StressPipeline.run(PipelineOptionsFactory.fromArgs("--output=" + out, "--samplePositions=60",
        "--sampleScenarios=3000").as(StressOptions.class));

    JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
    int books = report.get("books").size();
    int bins = report.get("histogram").get("counts").size();
    int worst = report.get("worst").size();
    int levels = report.get("var").size() + report.get("es").size();
    assertEquals(3000, report.get("scenarios").asLong());
    assertTrue(books >= 2 && bins >= 10 && worst == 10, report.toString());
    assertEquals("stress", new ObjectMapper().readTree(Files.readString(out.resolve("run.json"))).get("pipeline").asText());

    int contributionLevels = report.get("contributions").size();  // each level once, VaR and ES bars per book
    String text = ReportInBrowser.check(out.resolve("report.html"), "stress-report.png", 4, Map.of(
        "svg[data-chart=pnl] rect.bar", bins,
        "svg[data-chart=pnl] line.marker", levels,
        "svg[data-chart=tail-risk] rect.bar", (books + 1) * levels,
        "svg[data-chart=worst] rect.bar", worst,
        "svg[data-chart=contributions] rect.bar", books * 2 * contributionLevels));
    assertTrue(text.contains("Worst scenarios"), text);
    assertTrue(text.contains("Largest risk contributions"), text);
  }
}
