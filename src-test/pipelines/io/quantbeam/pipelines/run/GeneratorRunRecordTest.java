package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.forest.ForestGenerateOptions;
import io.quantbeam.pipelines.forest.ForestGeneratePipeline;
import io.quantbeam.pipelines.matmul.MatgenOptions;
import io.quantbeam.pipelines.matmul.MatgenPipeline;
import io.quantbeam.pipelines.merton.MertonGenerateOptions;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.stress.StressGenerateOptions;
import io.quantbeam.pipelines.stress.StressGeneratePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators end like every other run: report.html and run.json beside what they wrote. */
class GeneratorRunRecordTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static <O extends PipelineOptions> JsonNode run(Class<O> type, Function<O, PipelineResult> run, Path out,
      String... args) throws IOException {
    PipelineOptionsFactory.register(type);
    String[] all = new String[args.length + 1];
    all[0] = "--output=" + out;
    System.arraycopy(args, 0, all, 1, args.length);
    run.apply(PipelineOptionsFactory.fromArgs(all).withValidation().as(type));
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.startsWith("<!DOCTYPE html>") && report.contains("<h2>Run</h2>"), report);
    return JSON.readTree(Files.readString(out.resolve("run.json")));
  }

  @Test
  void mertonGenerateRecordsItsRowsAndFiles(@TempDir Path dir) throws IOException {
    JsonNode manifest = run(MertonGenerateOptions.class, MertonGeneratePipeline::run, dir, "--firms=3", "--years=1",
        "--outputFormat=csv");
    assertEquals("merton-generate", manifest.get("pipeline").asText());
    assertEquals(3 * 252, manifest.get("counts").get("firms_rows_written").asLong());
    assertTrue(manifest.get("outputFiles").toString().contains("firms-00000-of-"), manifest.toString());
  }

  @Test
  void forestGenerateRecordsItsBars(@TempDir Path dir) throws IOException {
    JsonNode manifest = run(ForestGenerateOptions.class, ForestGeneratePipeline::run, dir, "--symbols=2", "--days=1");
    assertEquals("forest-generate", manifest.get("pipeline").asText());
    assertEquals(2 * 375, manifest.get("counts").get("bars_rows_written").asLong());
  }

  @Test
  void stressGenerateRecordsItsPositions(@TempDir Path dir) throws IOException {
    JsonNode manifest = run(StressGenerateOptions.class, StressGeneratePipeline::run, dir, "--positions=25");
    assertEquals("stress-generate", manifest.get("pipeline").asText());
    assertEquals(25, manifest.get("counts").get("portfolio_rows_written").asLong());
  }

  @Test
  void matgenRecordsItsBlocks(@TempDir Path dir) throws IOException {
    JsonNode manifest = run(MatgenOptions.class, MatgenPipeline::run, dir, "--rows=5", "--cols=4", "--blockRows=2",
        "--blockCols=4");
    assertEquals("matgen", manifest.get("pipeline").asText());
    assertEquals(3, manifest.get("counts").get("blocksWritten").asLong());
  }
}
