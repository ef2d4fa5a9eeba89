package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.testing.ReportInBrowser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forest report in a real browser: one heat-map cell per symbol and grid point, two error bars and two skill bars
 * per symbol, one importance cell per symbol and feature in each of the two importance maps.
 */
class ForestReportBrowserTest {

  @Test
  void reportShowsTheGridAndTheErrorsOfEverySymbol(@TempDir Path out) throws Exception {
    ReportInBrowser.assumeBrowser();
    ForestRuns.forest(out, "--sampleSymbols=3", "--sampleDays=3");

    String text = ReportInBrowser.check(out.resolve("report.html"), "forest-report.png", 6, Map.of(
        "svg[data-chart=grid] rect.cell", 3 * 4,
        "svg[data-chart=rmse] rect.bar", 3 * 2,
        "svg[data-chart=skill] rect.bar", 3 * 2,
        "svg[data-chart=grid-skill] rect.cell", 3 * 4,
        "svg[data-chart=importance-impurity] rect.cell", 3 * 11,
        "svg[data-chart=importance-permutation] rect.cell", 3 * 11));
    assertTrue(text.contains("RELIANCE") && text.contains("HDFCBANK") && text.contains("trained"), text);
    assertTrue(text.contains("persistence forecast") && text.contains("test skill"), text);
  }
}
