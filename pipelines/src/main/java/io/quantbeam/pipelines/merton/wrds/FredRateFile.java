package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.prepare.RatesAsOf;
import io.quantbeam.transforms.rows.InputRow;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * A FRED series file as FRED's download writes it: {@code DATE,DGS1} (newer downloads:
 * {@code observation_date,DGS1}), the yield in percent, "." (or empty) on days without a
 * value (bond-market holidays). Converted to decimals (2.37 → 0.0237). Read whole before the run.
 */
public final class FredRateFile {

  /** A FRED day with "." is carried from the last published yield for at most this many calendar days. */
  public static final int MAX_STALE_DAYS = 10;

  private FredRateFile() {}

  public static RatesAsOf read(String filePattern, FileFormat formatOrNull) throws IOException {
    MatchResult match = FileSystems.match(filePattern, EmptyMatchTreatment.DISALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      throw new IllegalArgumentException("--rates matched no readable file: " + filePattern);
    }
    Map<Long, Double> rates = new TreeMap<>();
    for (MatchResult.Metadata file : match.metadata()) {
      String source = file.resourceId().toString();
      FileFormat format = formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source);
      try (TabularReader reader = TabularReader.open(file, format)) {
        Columns columns = new Columns(source, reader.header());
        int date = columns.required("DATE", "observation_date");
        int value = columns.required("DGS1", "value", "rate");
        columns.check("FRED series (DATE, DGS1 in percent)");
        while (reader.next()) {
          InputRow row = reader.row();
          String where = "--rates file " + source + " line " + row.line();
          if (reader.malformation() != null || row.isEmpty(date)) {
            throw new IllegalArgumentException(where + " is incomplete: " + row.payload());
          }
          if (row.isEmpty(value) || row.text(value).trim().equals(".")) {
            continue; // no yield published that day
          }
          try {
            long day = WrdsDates.epochDay(row, date);
            double percent = row.number(value);
            if (!Double.isFinite(percent) || percent <= -100) {
              throw new IllegalArgumentException("the yield must be a finite percentage > -100, is " + percent);
            }
            if (rates.put(day, percent / 100) != null) {
              throw new IllegalArgumentException("repeats the date of an earlier row");
            }
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new RatesAsOf(rates.keySet().stream().mapToLong(Long::longValue).toArray(),
        rates.values().stream().mapToDouble(Double::doubleValue).toArray(), MAX_STALE_DAYS);
  }
}
