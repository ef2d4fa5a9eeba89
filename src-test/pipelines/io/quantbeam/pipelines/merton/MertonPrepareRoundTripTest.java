package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.synthetic.SyntheticWrdsData;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in raw sample (generated CRSP, Compustat, links, DGS1 with their gaps) through
 * merton-prepare gives exactly the rows of a naive, independent as-of join of the same raw data,
 * and merton gives the same results on both.
 */
class MertonPrepareRoundTripTest {

  private static final int FIRMS = 8;
  private static final int YEARS = 3;

  @Test
  void preparedRowsEqualANaiveJoinAndMertonAgreesOnBoth(@TempDir Path dir) throws IOException {
    Path prepared = dir.resolve("prepared");
    MertonPrepareTest.prepare(prepared, "--rawSampleFirms=" + FIRMS, "--rawSampleYears=" + YEARS);

    List<String> expected = naiveJoin(new SyntheticWrdsData(42, SampleFirms.START, YEARS * SampleFirms.DAYS_PER_YEAR));
    List<String> actual = new ArrayList<>();
    for (GenericRecord r : OutputFiles.parquetRows(prepared, "firms-*.parquet")) {
      actual.add(r.get("firm_id") + "," + LocalDate.ofEpochDay((Integer) r.get("date")) + "," + r.get("equity_value")
          + "," + r.get("face_value_debt") + "," + r.get("risk_free_rate"));
    }
    actual.sort(null);
    expected.sort(null);
    assertTrue(expected.size() > FIRMS * 200, "rows " + expected.size());
    assertEquals(expected, actual);

    List<String> longFile = new ArrayList<>(List.of("firm_id,date,equity_value,face_value_debt,risk_free_rate"));
    longFile.addAll(expected);
    Path longInput = Files.write(dir.resolve("long.csv"), longFile);
    MertonRuns.run(dir.resolve("from-prepared"), "--input=" + prepared + "/firms-*.parquet", "--horizons=1,2",
        "--outputFormat=csv");
    MertonRuns.run(dir.resolve("from-long"), "--input=" + longInput, "--horizons=1,2", "--outputFormat=csv");
    List<String> a = OutputFiles.csvRows(dir.resolve("from-prepared"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    List<String> b = OutputFiles.csvRows(dir.resolve("from-long"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    a.sort(null);
    b.sort(null);
    assertTrue(a.size() > 1000);
    assertEquals(b, a);
  }

  /** firm_id,date,equity,default point,rate per usable CRSP row, by direct search over the raw rows. */
  private static List<String> naiveJoin(SyntheticWrdsData data) {
    List<SyntheticWrdsData.RateRow> rates = data.dgs1();
    List<String> rows = new ArrayList<>();
    for (int firm = 0; firm < FIRMS; firm++) {
      List<SyntheticWrdsData.LinkRow> links = data.links(firm).stream()
          .filter(l -> Set.of("P", "C").contains(l.linkPrimary())).toList();
      List<SyntheticWrdsData.FundamentalRow> quarters = data.compustat(firm);
      for (SyntheticWrdsData.CrspRow row : data.crsp(firm)) {
        long day = row.day();
        if (Double.isNaN(row.price()) || links.stream().noneMatch(l -> l.start() <= day && day <= l.end())) {
          continue;
        }
        SyntheticWrdsData.FundamentalRow latest = null;
        for (SyntheticWrdsData.FundamentalRow q : quarters) {
          if (q.datadate() + 90 <= day && (latest == null || q.datadate() > latest.datadate())) {
            latest = q;
          }
        }
        Double rate = null;
        for (SyntheticWrdsData.RateRow r : rates) {
          if (!Double.isNaN(r.percent()) && r.day() <= day && day - r.day() <= 10) {
            rate = r.percent() / 100;
          }
        }
        if (latest == null || rate == null) {
          continue;
        }
        double dlcq = Double.isNaN(latest.dlcq()) ? 0 : latest.dlcq();
        double dlttq = Double.isNaN(latest.dlttq()) ? 0 : latest.dlttq();
        double equity = Math.abs(row.price()) * row.sharesThousands() / 1000.0;
        rows.add(row.permno() + "," + LocalDate.ofEpochDay(day) + "," + equity + "," + (dlcq + 0.5 * dlttq) + "," + rate);
      }
    }
    return rows;
  }
}
