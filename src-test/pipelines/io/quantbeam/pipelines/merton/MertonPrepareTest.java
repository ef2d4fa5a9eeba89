package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.prepare.PrepareMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merton-prepare on hand-made raw files with one row per quirk; each test checks one quirk. */
class MertonPrepareTest {

  @TempDir
  static Path dir;
  private static PipelineResult result;
  /** Output rows by "permno date". */
  private static final Map<String, GenericRecord> ROWS = new TreeMap<>();
  private static final Map<String, JsonNode> DEAD_LETTERS = new TreeMap<>();

  static PipelineResult prepare(Path output, String... args) {
    PipelineOptionsFactory.register(MertonPrepareOptions.class);
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--output=" + output);
    return MertonPreparePipeline.run(PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).withValidation()
        .as(MertonPrepareOptions.class));
  }

  @BeforeAll
  static void runOnQuirkyFiles() throws IOException {
    Path links = write("links.csv", "gvkey,LPERMNO,LINKDT,LINKENDDT,LINKTYPE,LINKPRIM",
        "001001,10001,20150101,E,LC,P",
        "001002,10002,20150101,20150131,LC,P",
        "001002,10002,20150301,E,LU,P",
        "009999,10001,20150101,E,LC,J");
    Path compustat = write("fundq.csv", "GVKEY,datadate,DLCQ,DLTTQ",
        "001001,20141231,30,40",
        "001001,20140930,10,20",
        "001002,20140930,5,",
        "009999,20140930,1000,1000");
    Path crsp = write("dsf.csv", "PERMNO,date,PRC,SHROUT,RET",
        "10001,2015-03-31,-25.5,2000,0.01",
        "10001,2015-03-30,25,2000,C",
        "10001,2015-01-02,,2000,",
        "10001,2015-01-05,24,2000,B",
        "10002,2015-02-10,10,500,0.0",
        "10002,2015-01-05,10,500,0.0",
        "10002,2015-03-02,11,500,0.1",
        "10001,2015-03-30,26,2000,0.0");
    Path rates = write("DGS1.csv", "DATE,DGS1",
        "2015-01-02,0.25", "2015-01-05,0.26", "2015-02-10,0.30", "2015-02-27,0.31", "2015-03-02,.",
        "2015-03-30,0.50", "2015-03-31,0.52");
    Path out = dir.resolve("out");
    result = prepare(out, "--crsp=" + crsp, "--compustat=" + compustat, "--links=" + links, "--rates=" + rates);
    for (GenericRecord row : OutputFiles.parquetRows(out, "firms-*.parquet")) {
      ROWS.put(row.get("firm_id") + " " + LocalDate.ofEpochDay((Integer) row.get("date")), row);
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : OutputFiles.lines(out.resolve("dead-letter"), "*.jsonl")) {
      JsonNode node = json.readTree(line);
      DEAD_LETTERS.put(node.get("reason").asText(), node);
    }
  }

  private static Path write(String name, String header, String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of(header));
    all.addAll(List.of(lines));
    return Files.write(dir.resolve(name), all);
  }

  private static double number(String key, String column) {
    GenericRecord row = ROWS.get(key);
    assertTrue(row != null, "no output row " + key + " in " + ROWS.keySet());
    return ((Number) row.get(column)).doubleValue();
  }

  @Test
  void everyCrspRowIsAccountedFor() {
    RunMetrics m = RunMetrics.of(result, PrepareMetrics.NAMESPACE);
    assertEquals(8, m.counter(PrepareMetrics.CRSP_ROWS_IN));
    assertEquals(5, m.counter(PrepareMetrics.ROWS_WRITTEN));
    assertEquals(1, m.counter(PrepareMetrics.ROWS_WITHOUT_DEFAULT_POINT));
    assertEquals(2, m.counter("rejected"));
    assertEquals(List.of("10001 2015-01-05", "10001 2015-03-30", "10001 2015-03-31", "10002 2015-01-05",
        "10002 2015-03-02"), new ArrayList<>(ROWS.keySet()));
  }

  @Test
  void equityIsPriceTimesThousandsOfSharesInMillions() {
    assertEquals(24.0 * 2000 / 1000, number("10001 2015-01-05", "equity_value"));
    assertEquals(5.5, number("10002 2015-03-02", "equity_value"));
  }

  @Test
  void aNegativePriceIsTheBidAskMidpointAndItsAbsoluteValueIsUsed() {
    assertEquals(25.5 * 2000 / 1000, number("10001 2015-03-31", "equity_value"));
  }

  @Test
  void aMissingPriceIsADeadLetterNamingFileAndLine() {
    JsonNode letter = DEAD_LETTERS.get("missing_price");
    assertTrue(letter.get("source").asText().endsWith("dsf.csv"));
    assertEquals(4, letter.get("line").asLong());
    assertEquals("10001,2015-01-02,,2000,", letter.get("payload").asText());
  }

  @Test
  void aRepeatedPermnoDateKeepsTheEarlierLineAndDeadLettersTheLater() {
    assertEquals(50.0, number("10001 2015-03-30", "equity_value"), "line 3 (PRC 25) wins over line 9 (PRC 26)");
    assertEquals(9, DEAD_LETTERS.get("duplicate_permno_date").get("line").asLong());
  }

  @Test
  void theDefaultPointIsUsedOnlyNinetyDaysAfterDatadateAndCarriedForward() {
    // 2014-12-31 + 90 days = 2015-03-31: the December quarter (30 + ½·40 = 50) is not used on 03-30
    assertEquals(10 + 0.5 * 20, number("10001 2015-01-05", "face_value_debt"));
    assertEquals(10 + 0.5 * 20, number("10001 2015-03-30", "face_value_debt"));
    assertEquals(30 + 0.5 * 40, number("10001 2015-03-31", "face_value_debt"));
  }

  @Test
  void aMissingDebtItemCountsAsZero() {
    assertEquals(5.0, number("10002 2015-01-05", "face_value_debt"));
    assertEquals(1, RunMetrics.of(result, PrepareMetrics.NAMESPACE).counter(PrepareMetrics.DEBT_ITEM_MISSING_AS_ZERO));
  }

  @Test
  void aDayInALinkGapHasNoDefaultPointAndANonPrimaryLinkIsIgnored() {
    assertTrue(!ROWS.containsKey("10002 2015-02-10"));
    assertEquals(1, RunMetrics.of(result, PrepareMetrics.NAMESPACE).counter(PrepareMetrics.COMPUSTAT_ROWS_UNLINKED),
        "gvkey 9999's only link is non-primary (J)");
  }

  @Test
  void ratesComeFromPercentAndAHolidayDotTakesThePreviousYield() {
    assertEquals(0.26 / 100, number("10001 2015-01-05", "risk_free_rate"));
    assertEquals(0.31 / 100, number("10002 2015-03-02", "risk_free_rate"), "2015-03-02 is '.' in DGS1");
  }

  @Test
  void unorderedRowsComeOutInDateOrderAndCrspReturnCodesAreNull() {
    assertNull(ROWS.get("10001 2015-01-05").get("ret"), "RET 'B'");
    assertNull(ROWS.get("10001 2015-03-30").get("ret"), "RET 'C'");
    assertEquals(0.01, number("10001 2015-03-31", "ret"));
  }

  @Test
  void gvkeyOnlyCompustatWithoutLinksFailsFastNamingTheOption() throws IOException {
    Path compustat = write("fundq-nolink.csv", "GVKEY,datadate,DLCQ,DLTTQ", "001001,20141231,30,40");
    Path crsp = write("dsf-small.csv", "PERMNO,date,PRC,SHROUT,RET", "10001,2015-03-31,-25.5,2000,0.01");
    Path rates = write("rates-small.csv", "DATE,DGS1", "2015-03-31,0.52");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> prepare(dir.resolve("x"),
        "--crsp=" + crsp, "--compustat=" + compustat, "--rates=" + rates));
    assertTrue(e.getMessage().contains("--links"), e.getMessage());
    Path badCrsp = write("dsf-bad.csv", "PERMNO,date,PRICE,SHROUT", "10001,2015-03-31,1,2");
    e = assertThrows(IllegalArgumentException.class, () -> prepare(dir.resolve("y"), "--crsp=" + badCrsp,
        "--compustat=" + compustat, "--rates=" + rates, "--links=" + dir.resolve("links.csv")));
    assertTrue(e.getMessage().contains("dsf-bad.csv") && e.getMessage().contains("PRC"), e.getMessage());
  }
}
