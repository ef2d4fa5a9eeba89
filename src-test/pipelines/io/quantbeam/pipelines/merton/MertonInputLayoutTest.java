package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.synthetic.SyntheticFirmGenerator;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published study's per-firm files, and rates in percent where decimals are expected. */
class MertonInputLayoutTest {

  private static final SyntheticFirmGenerator FIRMS = new SyntheticFirmGenerator(3, LocalDate.of(2019, 1, 1), 300);

  private static List<String> rows(FirmHistory firm, boolean withFirmColumn, double rateScale) {
    List<String> lines = new ArrayList<>();
    for (int t = 0; t < firm.size(); t++) {
      lines.add((withFirmColumn ? firm.firmId() + "," : "") + LocalDate.ofEpochDay(firm.epochDays()[t]) + ","
          + firm.equityValue()[t] + "," + firm.faceValueDebt()[t] + "," + firm.riskFreeRate()[t] * rateScale);
    }
    return lines;
  }

  private static Path write(Path file, String header, List<String> rows) throws IOException {
    List<String> all = new ArrayList<>(List.of(header));
    all.addAll(rows);
    return Files.write(file, all);
  }

  @Test
  void perFirmFilesNamedByTheFirmGiveTheSameResultsAsTheLongFormat(@TempDir Path dir) throws IOException {
    Path perFirm = Files.createDirectories(dir.resolve("firms"));
    List<String> longRows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      FirmHistory firm = FIRMS.firm(i);
      longRows.addAll(rows(firm, true, 1));
      // pandas' to_csv of a date-indexed frame: the first header name is empty; one file names it "date"
      String header = (i == 2 ? "date" : "") + ",mkt_val,face_value_debt,DGS1";
      write(perFirm.resolve(firm.firmId() + ".csv"), header, rows(firm, false, 1));
    }
    Path longFile = write(dir.resolve("long.csv"), "firm_id,date,equity_value,face_value_debt,risk_free_rate", longRows);

    MertonRuns.run(dir.resolve("a"), "--input=" + perFirm + "/*.csv", "--outputFormat=csv");
    MertonRuns.run(dir.resolve("b"), "--input=" + longFile, "--outputFormat=csv");
    MertonRuns.run(dir.resolve("c"), "--input=" + perFirm + "/*.csv", "--outputFormat=csv", "--firmIdFrom=fileName");

    List<String> a = OutputFiles.csvRows(dir.resolve("a"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    List<String> b = OutputFiles.csvRows(dir.resolve("b"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    List<String> c = OutputFiles.csvRows(dir.resolve("c"), "merton-*.csv", MertonResultSinks.CSV_HEADER);
    a.sort(null);
    b.sort(null);
    c.sort(null);
    assertEquals(3 * 300 * 5, b.size());
    assertEquals(b, a);
    assertEquals(b, c);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(dir.resolve("d"), "--input=" + perFirm + "/*.csv", "--firmIdFrom=column"));
    assertTrue(e.getMessage().contains("firm_id"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(dir.resolve("d"), "--input=" + perFirm + "/*.csv", "--firmIdFrom=ticker"));
    assertTrue(e.getMessage().contains("--firmIdFrom"), e.getMessage());
  }

  @Test
  void ratesInPercentAreAnErrorNamingTheFileAndTheFix(@TempDir Path dir) throws IOException {
    Path percent = write(dir.resolve("percent.csv"), "firm_id,date,equity_value,face_value_debt,DGS1",
        rows(FIRMS.firm(0), true, 100));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(dir.resolve("out"), "--input=" + percent));
    assertTrue(e.getMessage().contains("percent.csv") && e.getMessage().contains("Divide the column by 100"),
        e.getMessage());

    Path input = write(dir.resolve("norates.csv"), "firm_id,date,equity_value,face_value_debt", List.of(
        "F1,2019-01-01,100,50"));
    Path rates = write(dir.resolve("dgs1.csv"), "date,DGS1", List.of("2019-01-01,2.61", "2019-01-02,2.59"));
    e = assertThrows(IllegalArgumentException.class,
        () -> MertonRuns.run(dir.resolve("out2"), "--input=" + input, "--riskFreeRates=" + rates));
    assertTrue(e.getMessage().contains("dgs1.csv") && e.getMessage().contains("percentages"), e.getMessage());
  }
}
