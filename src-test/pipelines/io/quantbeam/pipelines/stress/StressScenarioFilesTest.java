package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.Position;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios read from CSV and Parquet files: alignment of columns, dead letters, and exact P&L. */
class StressScenarioFilesTest {

  @Test
  void csvAndParquetScenarioFilesAreRevaluedAndBadRowsDeadLettered(@TempDir Path dir) throws IOException {
    Path in = StressRuns.writeInputs(dir.resolve("in"), 25);
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    // CSV: EQUITY_SPX and RATE_USD_10Y; a cell left empty is not shocked.
    Files.write(scenarios.resolve("part-a.csv"), List.of(
        "scenario_id,EQUITY_SPX,RATE_USD_10Y",
        "0,-0.10,0.005",
        "1,0.02,",
        "2,abc,0.001",          // unparseable_shock
        "3,-1.0,0.001",         // relative_shock_at_or_below_minus_one
        "4,Infinity,0",         // non_finite_shock
        "5,0.01",               // malformed_row
        "x7,0.01,0.0",          // bad_scenario_id
        "6,0.03,-0.002",
        "6,0.03,-0.002"));      // duplicate_scenario_id (both rows)
    // Parquet: FX_EUR and EQUITY_SPX, ids 10…12.
    Schema schema = SchemaBuilder.record("s").fields().requiredLong("scenario_id").requiredDouble("FX_EUR")
        .optionalDouble("EQUITY_SPX").endRecord();
    try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
        HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(scenarios.resolve("part-b.parquet").toUri()),
            new Configuration())).withSchema(schema).build()) {
      double[][] rows = {{10, 0.05, 0.01}, {11, -0.03, Double.NaN}, {12, 0.0, -0.2}};
      for (double[] r : rows) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("scenario_id", (long) r[0]);
        record.put("FX_EUR", r[1]);
        record.put("EQUITY_SPX", Double.isNaN(r[2]) ? null : r[2]);
        writer.write(record);
      }
    }
    Path out = dir.resolve("out");
    StressRuns.run(out, "--portfolio=" + in.resolve("portfolio.csv"), "--market=" + in.resolve("market.json"),
        "--scenarios=" + scenarios.resolve("part-*"), "--outputFormat=csv", "--shardSize=4");

    Map<String, Integer> reasons = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl")) {
      JsonNode d = json.readTree(line);
      reasons.merge(d.get("reason").asText(), 1, Integer::sum);
      if (d.get("reason").asText().equals("duplicate_scenario_id")) {
        String source = d.get("source").asText();
        duplicates.add(source.substring(source.lastIndexOf('/') + 1) + ":" + d.get("line").asLong());
      }
    }
    duplicates.sort(null);
    assertEquals(List.of("part-a.csv:10", "part-a.csv:9"), duplicates, "duplicates name their file and line");
    assertEquals(Map.of("unparseable_shock", 1, "relative_shock_at_or_below_minus_one", 1, "non_finite_shock", 1,
        "malformed_row", 1, "bad_scenario_id", 1, "duplicate_scenario_id", 2), reasons);

    JsonNode report = StressRuns.report(out);
    assertEquals(5, report.get("scenarios").asLong());
    assertEquals(7, report.get("scenariosRejected").asLong());

    // The P&L of each good scenario, against the models applied directly to the same shocks.
    List<Position> positions = SamplePortfolio.generate(StressRuns.MARKET, 25, StressRuns.SEED);
    ScenarioLayout layout = new ScenarioLayout(List.of("EQUITY_SPX", "FX_EUR", "RATE_USD_10Y"));
    PortfolioRevaluer revaluer = new PortfolioRevaluer(StressRuns.MARKET, positions, layout);
    long[] ids = {0, 1, 10, 11, 12};
    double[][] shocks = {{-0.10, 0.02, 0.01, 0, -0.2}, {0, 0, 0.05, -0.03, 0}, {0.005, 0, 0, 0, 0}};
    PnlBlock expected = revaluer.revalue(new ShockBlock(ids, shocks));
    Map<Long, Double> actual = new TreeMap<>();
    for (String row : OutputFiles.csvRows(out, "pnl-*.csv", PnlSinks.csvHeader(revaluer.books()))) {
      String[] f = row.split(",");
      actual.put(Long.parseLong(f[0]), Double.parseDouble(f[1]));
    }
    assertEquals(5, actual.size());
    for (int i = 0; i < ids.length; i++) {
      assertEquals(expected.total()[i], actual.get(ids[i]), 0.0, "scenario " + ids[i]);
    }
    assertTrue(StressRuns.reportText(out, "report.txt").contains("7 rejected"));
  }
}
