package io.quantbeam.pipelines.matmul;

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

/** The matmul report in a real browser: throughput bars, one grid cell per block of C, the verification. */
class MatmulReportBrowserTest {

  @Test
  void reportShowsThroughputBlockGridAndVerification(@TempDir Path dir) throws Exception {
    ReportInBrowser.assumeBrowser();
    Path c = dir.resolve("c");
    PipelineOptionsFactory.register(MatmulOptions.class);
    MatmulPipeline.run(PipelineOptionsFactory.fromArgs("--output=" + c, "--sampleSize=250", "--sampleBlockSize=100")
        .as(MatmulOptions.class));

    JsonNode manifest = new ObjectMapper().readTree(Files.readString(c.resolve("run.json")));
    assertEquals("matmul", manifest.get("pipeline").asText());
    assertEquals(true, manifest.get("verified").asBoolean());
    assertEquals(27, manifest.get("counts").get("blockProducts").asLong(), "3 × 3 output blocks × 3 inner blocks");

    String text = ReportInBrowser.check(c.resolve("report.html"), "matmul-report.png", 2, Map.of(
        "svg[data-chart=gflops] rect.bar", 2,
        "svg[data-chart=block-grid] rect.cell", 9));
    assertTrue(text.contains("Freivalds' check passed on 250 rows"), text);
  }
}
