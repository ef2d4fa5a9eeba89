package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Merton report as a person sees it: opened in a real browser, every chart drawn with data. */
class MertonReportBrowserTest {

  @Test
  void reportOpensWithoutErrorsAndEveryChartHasItsData(@TempDir Path out) throws Exception {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    }
    MertonRuns.run(out, "--sampleFirms=30", "--sampleYears=2", "--outputFormat=csv");

    JsonNode data = new ObjectMapper().readTree(Files.readString(out.resolve(MertonReport.DATA_FILE)));
    int months = data.get("months").size();
    assertTrue(months >= 20, "two years of months");
    JsonNode manifest = new ObjectMapper().readTree(Files.readString(out.resolve("run.json")));
    assertEquals("merton", manifest.get("pipeline").asText());
    assertEquals(30 * 504, manifest.get("counts").get("rows_in").asLong());
    assertTrue(manifest.get("outputFiles").toString().contains("merton-00000-of-"), manifest.get("outputFiles").toString());

    try (HeadlessChromium browser = new HeadlessChromium()) {
      browser.open(out.resolve("report.html"));
      assertEquals(2, browser.evaluate("document.querySelectorAll('svg.chart').length").asInt());
      assertEquals(months, browser.evaluate(
          "document.querySelectorAll('svg[data-chart=dd-over-time] circle.point').length").asInt());
      assertEquals(1, browser.evaluate("document.querySelectorAll('svg[data-chart=dd-over-time] path.band').length").asInt());
      assertEquals(6 * 5, browser.evaluate(
          "document.querySelectorAll('svg[data-chart=pd-term-structure] circle.point').length").asInt(),
          "six riskiest firms × five horizons");
      assertTrue(browser.evaluate("document.body.innerText").asText().contains("15,120 = 15,120 used + 0 rejected"));
      assertTrue(browser.evaluate("[...document.querySelectorAll('svg.chart')].every(s => s.getBoundingClientRect().height > 100)")
          .asBoolean(), "charts are laid out at a readable size");
      browser.screenshot(Path.of("target", "screenshots", "merton-report.png"));
      assertEquals(java.util.List.of(), browser.errors());
    }
  }
}
