package io.quantbeam.pipelines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a run's report.html in headless Chromium and checks what a person would see: no console
 * errors, the expected charts each drawn with its data (counted SVG elements), charts laid out at a
 * readable size. Saves a screenshot under target/screenshots/ as evidence.
 */
public final class ReportInBrowser {

  private ReportInBrowser() {}

  /** Skips where Chromium is missing, except in CI (which installs it). */
  public static void assumeBrowser() {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
    }
  }

  /**
   * @param expectedCounts CSS selector → how many elements it must match (e.g. the points of a chart)
   * @return the page's visible text, for further checks
   */
  public static String check(Path report, String screenshotName, int charts, Map<String, Integer> expectedCounts)
      throws Exception {
    try (HeadlessChromium browser = new HeadlessChromium()) {
      browser.open(report);
      assertEquals(charts, browser.evaluate("document.querySelectorAll('svg.chart').length").asInt(), "charts");
      for (Map.Entry<String, Integer> expected : expectedCounts.entrySet()) {
        assertEquals(expected.getValue().intValue(), browser.evaluate(
            "document.querySelectorAll(" + jsString(expected.getKey()) + ").length").asInt(), expected.getKey());
      }
      assertTrue(browser.evaluate("[...document.querySelectorAll('svg.chart')]"
          + ".every(s => s.getBoundingClientRect().height > 100)").asBoolean(), "charts are laid out at a readable size");
      browser.screenshot(Path.of("target", "screenshots", screenshotName));
      assertEquals(List.of(), browser.errors(), "console errors");
      return browser.evaluate("document.body.innerText").asText();
    }
  }

  private static String jsString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
