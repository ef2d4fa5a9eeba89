package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.rows.InputRow;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The optional risk-free-rate file: columns date and rate (or risk_free_rate, DGS1), one row per
 * date, annual decimal yields. It is a small reference table, read whole before the run: any bad
 * or repeated row stops the run with its file and line, since every firm-day would inherit it.
 */
final class RiskFreeRates {

  private static final List<String> RATE_COLUMNS = List.of("rate", "risk_free_rate", "dgs1");

  private RiskFreeRates() {}

  /** Rates by day (days since 1970-01-01). */
  static Map<Long, Double> read(String filePattern, FileFormat formatOrNull) throws IOException {
    MatchResult match = FileSystems.match(filePattern, EmptyMatchTreatment.DISALLOW);
    if (match.status() != MatchResult.Status.OK) {
      throw new IllegalArgumentException("--riskFreeRates matched no readable file: " + filePattern);
    }
    Map<Long, Double> rates = new TreeMap<>();
    for (MatchResult.Metadata file : match.metadata()) {
      String source = file.resourceId().toString();
      FileFormat format = formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source);
      try (TabularReader reader = TabularReader.open(file, format)) {
        List<String> header = reader.header().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int dateColumn = header.indexOf("date");
        int rateColumn = RATE_COLUMNS.stream().mapToInt(header::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
        if (dateColumn < 0 || rateColumn < 0) {
          throw new IllegalArgumentException("--riskFreeRates file " + source
              + " needs columns date and rate (or risk_free_rate, DGS1); its header is " + reader.header());
        }
        double[] fileRates = new double[PercentRateCheck.SAMPLE_ROWS];
        int fileCount = 0;
        while (reader.next()) {
          InputRow row = reader.row();
          String where = "--riskFreeRates file " + source + " line " + row.line();
          if (reader.malformation() != null || row.isEmpty(dateColumn) || row.isEmpty(rateColumn)) {
            throw new IllegalArgumentException(where + " is incomplete: " + row.payload());
          }
          long day;
          double rate;
          try {
            day = row.epochDay(dateColumn);
            rate = row.number(rateColumn);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
          }
          if (!Double.isFinite(rate) || rate <= -1) {
            throw new IllegalArgumentException(where + ": the rate must be a finite annual yield > -1, is " + rate);
          }
          if (rates.put(day, rate) != null) {
            throw new IllegalArgumentException(where + " repeats the date of an earlier row");
          }
          if (fileCount < fileRates.length) {
            fileRates[fileCount++] = rate;
          }
        }
        PercentRateCheck.check("--riskFreeRates file " + source, reader.header().get(rateColumn), fileRates, fileCount);
      }
    }
    return rates;
  }
}
