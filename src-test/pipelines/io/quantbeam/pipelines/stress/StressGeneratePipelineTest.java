package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.stress.CholeskyFactor;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressGeneratePipelineTest {

  private static void generate(Path out, String... extra) {
    PipelineOptionsFactory.register(StressGenerateOptions.class);
    List<String> args = new java.util.ArrayList<>(List.of("--output=" + out, "--positions=25000", "--seed=3"));
    args.addAll(List.of(extra));
    StressGeneratePipeline.run(PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
        .as(StressGenerateOptions.class));
  }

  @Test
  void writesADeterministicRealisticMarketCovarianceAndPortfolio(@TempDir Path dir) throws IOException {
    generate(dir.resolve("a"));
    generate(dir.resolve("b"), "--outputFormat=csv");

    assertEquals(Files.readString(dir.resolve("a/market.json")), Files.readString(dir.resolve("b/market.json")));
    assertEquals(Files.readString(dir.resolve("a/covariance.csv")), Files.readString(dir.resolve("b/covariance.csv")));
    List<GenericRecord> parquet = OutputFiles.parquetRows(dir.resolve("a"), "portfolio-*.parquet");
    List<String> csv = OutputFiles.csvRows(dir.resolve("b"), "portfolio-*.csv",
        String.join(",", io.quantbeam.transforms.stress.PositionParser.COLUMNS));
    assertEquals(25_000, parquet.size());
    assertEquals(25_000, csv.size());

    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> books = new TreeMap<>();
    Map<String, Integer> currencies = new TreeMap<>();
    for (GenericRecord r : parquet) {
      types.merge(r.get("type").toString(), 1, Integer::sum);
      books.merge(r.get("book").toString(), 1, Integer::sum);
      currencies.merge(r.get("currency").toString(), 1, Integer::sum);
    }
    assertEquals(List.of("BOND", "CASH", "EQUITY", "OPTION"), List.copyOf(types.keySet()));
    assertEquals(6, books.size());
    assertEquals(5, currencies.size());
    assertTrue(types.get("BOND") > 8000 && types.get("BOND") < 9500, types.toString());

    MarketData market;
    try (InputStream in = Files.newInputStream(dir.resolve("a/market.json"))) {
      market = MarketJson.read(in, "market.json");
    }
    FactorCovariance covariance;
    try (InputStream in = Files.newInputStream(dir.resolve("a/covariance.csv"))) {
      covariance = CovarianceCsv.read(in, "covariance.csv");
    }
    assertEquals(market.factors().keySet(), new java.util.TreeSet<>(covariance.layout().factorIds()));
    CholeskyFactor l = CholeskyFactor.of(covariance.matrix(), covariance.layout().factorIds());
    for (int i = 0; i < l.size(); i++) {
      assertTrue(l.get(i, i) > 0, "positive definite: pivot of " + covariance.layout().factorId(i));
    }
    // 10-day volatilities: SPX about 1.1 % × √10, a 10Y rate about 7 bp × √10.
    int spx = covariance.layout().factorIds().indexOf("EQUITY_SPX");
    int usd10 = covariance.layout().factorIds().indexOf("RATE_USD_10Y");
    int vol = covariance.layout().factorIds().indexOf("VOL_SPX");
    assertEquals(0.011 * Math.sqrt(10), Math.sqrt(covariance.get(spx, spx)), 0.0015 * Math.sqrt(10));
    assertEquals(0.0007 * Math.sqrt(10), Math.sqrt(covariance.get(usd10, usd10)), 0.0001 * Math.sqrt(10));
    double equityVol = covariance.get(spx, vol) / Math.sqrt(covariance.get(spx, spx) * covariance.get(vol, vol));
    assertTrue(equityVol < -0.4 && equityVol > -0.8, "equity/vol correlation " + equityVol);
  }
}
