package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.testing.ReportInBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Merton report as a person sees it: opened in a real browser, every chart drawn with data. */
class MertonReportBrowserTest {

  @Test
  void reportOpensWithoutErrorsAndEveryChartHasItsData(@TempDir Path out) throws Exception {
    ReportInBrowser.assumeBrowser();
    MertonRuns.run(out, "--sampleFirms=30", "--sampleYears=2", "--outputFormat=csv");

    JsonNode data = new ObjectMapper().readTree(Files.readString(out.resolve(MertonReport.DATA_FILE)));
    int months = data.get("months").size();
    assertTrue(months >= 20, "two years of months");
    JsonNode manifest = new ObjectMapper().readTree(Files.readString(out.resolve("run.json")));
    assertEquals("merton", manifest.get("pipeline").asText());
    assertEquals(30 * 504, manifest.get("counts").get("rows_in").asLong());
    assertTrue(manifest.get("outputFiles").toString().contains("merton-00000-of-"), manifest.get("outputFiles").toString());

    String text = ReportInBrowser.check(out.resolve("report.html"), "merton-report.png", 2, Map.of(
        "svg[data-chart=dd-over-time] circle.point", months,
        "svg[data-chart=dd-over-time] path.band", 1,
        "svg[data-chart=pd-term-structure] circle.point", 6 * 5)); // six riskiest firms × five horizons
    assertTrue(text.contains("15,120 = 15,120 used + 0 rejected"), text);
  }
}
