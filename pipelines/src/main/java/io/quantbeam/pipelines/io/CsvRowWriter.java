package io.quantbeam.pipelines.io;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Appends the fields of one CSV row. Doubles are written in Java's shortest round-trip form, so a
 * value read back is bit-identical; NaN is written as an empty field (null).
 */
public final class CsvRowWriter {

  private final Writer out;
  private boolean firstField = true;

  CsvRowWriter(Writer out) {
    this.out = out;
  }

  private void separate() throws IOException {
    if (!firstField) {
      out.write(',');
    }
    firstField = false;
  }

  public CsvRowWriter text(String value) throws IOException {
    separate();
    if (value == null) {
      return this;
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      out.write('"');
      out.write(value.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(value);
    }
    return this;
  }

  public CsvRowWriter number(double value) throws IOException {
    separate();
    if (!Double.isNaN(value)) {
      out.write(Double.toString(value));
    }
    return this;
  }

  public CsvRowWriter number(long value) throws IOException {
    separate();
    out.write(Long.toString(value));
    return this;
  }

  public CsvRowWriter bool(boolean value) throws IOException {
    separate();
    out.write(value ? "true" : "false");
    return this;
  }

  /** An ISO date (YYYY-MM-DD) from days since 1970-01-01. */
  public CsvRowWriter date(long epochDay) throws IOException {
    separate();
    out.write(LocalDate.ofEpochDay(epochDay).toString());
    return this;
  }

  void endRow() throws IOException {
    out.write('\n');
    firstField = true;
  }
}
