package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonInputColumns;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Checks the input before any work starts: the glob matches files, each file opens, its header has
 * the required columns, and every file without a rate column has the rates file to fall back on.
 */
final class InputCheck {

  private InputCheck() {}

  /** What the glob matched: files, and an estimate of their rows from their sizes. */
  record Matched(int files, long estimatedRows) {}

  /** Bytes per row, roughly, of the generator's files: Parquet (snappy) ≈ 24, CSV ≈ 93. */
  private static final int PARQUET_ROW_BYTES = 24;
  private static final int CSV_ROW_BYTES = 90;

  /** @return how many files the glob matched */
  static int check(String filePattern, FileFormat formatOrNull, boolean haveRatesFile) throws IOException {
    return check(filePattern, formatOrNull, haveRatesFile, FirmIdSource.COLUMN).files();
  }

  static Matched check(String filePattern, FileFormat formatOrNull, boolean haveRatesFile, FirmIdSource firmIds)
      throws IOException {
    MatchResult match = FileSystems.match(filePattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--input matched no files: " + filePattern);
    }
    long rows = 0;
    for (MatchResult.Metadata file : files) {
      String source = file.resourceId().toString();
      FileFormat format = formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source);
      rows += file.sizeBytes() / (format == FileFormat.PARQUET ? PARQUET_ROW_BYTES : CSV_ROW_BYTES);
      try (TabularReader reader = TabularReader.open(file, format)) {
        MertonInputColumns columns = firmIds.columns(source, reader.header());
        if (!columns.hasRiskFreeRate() && !haveRatesFile) {
          throw new IllegalArgumentException(source + " has no risk_free_rate (or DGS1) column; "
              + "give the rates with --riskFreeRates=<file with date,rate>");
        }
        if (columns.hasRiskFreeRate()) {
          checkRateUnit(source, reader, columns.riskFreeRate());
        }
      }
    }
    return new Matched(files.size(), rows);
  }

  /** Reads the first rows' rates (the reader is at the first row) and rejects a file of percentages. */
  private static void checkRateUnit(String source, TabularReader reader, int column) throws IOException {
    double[] rates = new double[PercentRateCheck.SAMPLE_ROWS];
    int count = 0;
    while (count < rates.length && reader.next()) {
      if (reader.malformation() == null && !reader.row().isEmpty(column)) {
        try {
          rates[count++] = reader.row().number(column);
        } catch (NumberFormatException e) {
          // a bad row is the run's business (a dead letter), not the unit check's
        }
      }
    }
    PercentRateCheck.check(source, reader.header().get(column), rates, count);
  }
}
