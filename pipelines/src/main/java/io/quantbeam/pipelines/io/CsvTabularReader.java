package io.quantbeam.pipelines.io;

import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.rows.IsoDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV per RFC 4180 without embedded line breaks: comma separated, fields optionally in double
 * quotes with "" for a quote. The first line is the header. A hand-written splitter because it
 * reuses its buffers (no objects per row beyond the line and the field texts asked for), which
 * matters at hundreds of millions of rows.
 */
final class CsvTabularReader implements TabularReader, InputRow {

  private static final int BUFFER_CHARS = 1 << 16;

  private final String source;
  private final BufferedReader reader;
  private final List<String> header;
  private long lineNumber;
  private String line;
  private int fieldCount;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] quoted = new boolean[16];
  private String malformation;

  CsvTabularReader(String source, ReadableByteChannel channel) throws IOException {
    this.source = source;
    this.reader = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8), BUFFER_CHARS);
    String first = reader.readLine();
    if (first == null) {
      reader.close();
      throw new IllegalArgumentException(source + " is empty: a CSV file needs a header line");
    }
    lineNumber = 1;
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      first = first.substring(1); // byte-order mark
    }
    split(first);
    List<String> names = new ArrayList<>(fieldCount);
    for (int i = 0; i < fieldCount; i++) {
      names.add(text(i).trim());
    }
    this.header = List.copyOf(names);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public boolean next() throws IOException {
    do {
      line = reader.readLine();
      lineNumber++;
      if (line == null) {
        return false;
      }
    } while (line.isBlank());
    malformation = split(line);
    if (malformation == null && fieldCount != header.size()) {
      malformation = "has " + fieldCount + " fields, the header has " + header.size();
    }
    return true;
  }

  @Override
  public InputRow row() {
    return this;
  }

  @Override
  public String malformation() {
    return malformation;
  }

  /** Splits {@code text} into field ranges; returns why it cannot, or null. */
  private String split(String text) {
    this.line = text;
    fieldCount = 0;
    int i = 0;
    int n = text.length();
    while (true) {
      ensureCapacity(fieldCount + 1);
      if (i < n && text.charAt(i) == '"') {
        int start = i + 1;
        int j = start;
        while (true) {
          if (j >= n) {
            return "has an unterminated quoted field";
          }
          if (text.charAt(j) == '"') {
            if (j + 1 < n && text.charAt(j + 1) == '"') {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        starts[fieldCount] = start;
        ends[fieldCount] = j;
        quoted[fieldCount] = true;
        fieldCount++;
        i = j + 1;
        if (i < n && text.charAt(i) != ',') {
          return "has text after a closing quote";
        }
      } else {
        int comma = text.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        starts[fieldCount] = i;
        ends[fieldCount] = end;
        quoted[fieldCount] = false;
        fieldCount++;
        i = end;
      }
      if (i >= n) {
        return null;
      }
      i++; // past the comma
      if (i == n) {
        ensureCapacity(fieldCount + 1);
        starts[fieldCount] = n;
        ends[fieldCount] = n;
        quoted[fieldCount] = false;
        fieldCount++;
        return null;
      }
    }
  }

  private void ensureCapacity(int fields) {
    if (fields > starts.length) {
      starts = java.util.Arrays.copyOf(starts, fields * 2);
      ends = java.util.Arrays.copyOf(ends, fields * 2);
      quoted = java.util.Arrays.copyOf(quoted, fields * 2);
    }
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public long line() {
    return lineNumber;
  }

  @Override
  public String payload() {
    return line;
  }

  @Override
  public boolean isEmpty(int column) {
    if (column < 0 || column >= fieldCount) {
      return true;
    }
    for (int i = starts[column]; i < ends[column]; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String text(int column) {
    String raw = line.substring(starts[column], ends[column]);
    return quoted[column] ? raw.replace("\"\"", "\"") : raw;
  }

  @Override
  public double number(int column) {
    String text = text(column);
    try {
      return Double.parseDouble(text); // parseDouble ignores surrounding white space
    } catch (NumberFormatException e) {
      return nonFiniteSpelling(text, e);
    }
  }

  /**
   * The other spellings of the non-finite values that numpy, pandas and spreadsheets write
   * ({@code inf}, {@code -inf}, {@code nan}, any case): read as Java's Infinity and NaN, so that every
   * spelling of a non-finite value meets the same check and is rejected under the same reason.
   */
  private static double nonFiniteSpelling(String text, NumberFormatException notANumber) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    boolean negative = t.startsWith("-");
    String unsigned = negative || t.startsWith("+") ? t.substring(1) : t;
    switch (unsigned) {
      case "inf", "infinity" -> {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> throw notANumber;
    }
  }

  @Override
  public long epochDay(int column) {
    return IsoDates.toEpochDay(text(column).trim());
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
