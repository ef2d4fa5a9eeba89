package io.quantbeam.transforms.rows;

import io.quantbeam.transforms.deadletter.DeadLetter;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the rows of one file against an {@link InputSchema}: each column by its type, then the
 * schema's {@link RowCheck}. A row that fails gives one {@link DeadLetter} (step
 * {@value #STEP}) with the first problem in column order: {@code malformed_row},
 * {@code missing_<column>}, {@code unparseable_date}, {@code unparseable_timestamp},
 * {@code unparseable_number}, or the check's own reason. The parsed values of the current row
 * are held in reused arrays (nothing is allocated per row but the key text); read them before
 * the next {@link #parse}. Not thread-safe: one per file being read.
 */
public final class RowParser {

  public static final String STEP = "validate";

  private final InputSchema schema;
  private final int[] fileColumns;
  /** The current row's values, by schema column. */
  private final long[] wholes;
  private final double[] numbers;
  private final boolean[] present;
  /** The kept values, by chunk slot, handed to the chunk builder. */
  private final long[] wholeSlots;
  private final double[] numberSlots;
  private InputRow row;
  private String key;
  private final String fileKey;

  /** @throws IllegalArgumentException naming {@code source} when the header lacks a required column */
  public RowParser(InputSchema schema, String source, List<String> header) {
    this(schema, source, header, null);
  }

  /** @param fileKey the key of every row, for a file of one key without a key column (else null) */
  public RowParser(InputSchema schema, String source, List<String> header, String fileKey) {
    this.schema = schema;
    this.fileKey = fileKey;
    this.fileColumns = schema.resolve(source, header, fileKey != null);
    this.wholes = new long[fileColumns.length];
    this.numbers = new double[fileColumns.length];
    this.present = new boolean[fileColumns.length];
    this.wholeSlots = new long[schema.wholeSlots()];
    this.numberSlots = new double[schema.numberSlots()];
  }

  /** Where schema column {@code column} sits in the file, or {@link InputSchema#ABSENT}. */
  public int fileColumn(int column) {
    return fileColumns[column];
  }

  /**
   * Parses {@code input}; {@code malformation} is the reader's verdict on its shape (null if fine).
   *
   * @return null when the row is good (its values are then readable here), else why not
   */
  public DeadLetter parse(InputRow input, String malformation) {
    this.row = input;
    if (malformation != null) {
      return reject("malformed_row", "the row " + malformation);
    }
    Arrays.fill(numbers, Double.NaN);
    Arrays.fill(wholes, InputSchema.NO_WHOLE);
    for (int c = 0; c < fileColumns.length; c++) {
      InputColumn column = schema.column(c);
      int at = fileColumns[c];
      if (c == 0 && at == InputSchema.ABSENT && fileKey != null) {
        key = fileKey;
        present[c] = true;
        continue;
      }
      present[c] = !input.isEmpty(at);
      if (!present[c]) {
        if (column.required()) {
          return reject("missing_" + column.name(), column.name() + " is missing");
        }
        continue;
      }
      DeadLetter problem = parseCell(c, column, at);
      if (problem != null) {
        return problem;
      }
    }
    return schema.check() == null ? null : schema.check().check(this);
  }

  private DeadLetter parseCell(int c, InputColumn column, int at) {
    switch (column.type()) {
      case TEXT -> key = row.text(at).trim();
      case DATE -> {
        try {
          wholes[c] = row.epochDay(at);
        } catch (IllegalArgumentException e) {
          return reject("unparseable_date", e.getMessage());
        }
      }
      case TIMESTAMP -> {
        try {
          wholes[c] = LocalTimestamps.parseLocalSeconds(row.text(at));
        } catch (IllegalArgumentException e) {
          return reject("unparseable_timestamp", e.getMessage());
        }
      }
      case LONG -> {
        try {
          wholes[c] = WholeNumbers.parse(row.text(at));
        } catch (NumberFormatException e) {
          return notANumber(column, at);
        }
      }
      case DOUBLE -> {
        try {
          numbers[c] = row.number(at);
        } catch (NumberFormatException e) {
          return notANumber(column, at);
        }
      }
    }
    return null;
  }

  private DeadLetter notANumber(InputColumn column, int at) {
    return reject("unparseable_number", column.name() + " is not a number: " + row.text(at).trim());
  }

  /** The current row's key (schema column 0). */
  public String key() {
    return key;
  }

  /** True when the current row has a value (possibly NaN) in {@code column}. */
  public boolean has(int column) {
    return present[column];
  }

  /** The current row's value of a DOUBLE column; NaN when empty or absent. */
  public double number(int column) {
    return numbers[column];
  }

  /** The current row's value of a DATE, TIMESTAMP or LONG column; {@link InputSchema#NO_WHOLE} when empty or absent. */
  public long whole(int column) {
    return wholes[column];
  }

  /** The current row's 1-based line (CSV) or row (Parquet) number. */
  public long line() {
    return row.line();
  }

  /** A dead letter for the current row. */
  public DeadLetter reject(String reason, String detail) {
    return new DeadLetter(row.source(), row.line(), STEP, reason, detail, row.payload());
  }

  /** Appends the current (good) row to its key's chunk. */
  public void appendTo(RowChunk.Builder chunk, int sourceIndex) {
    for (int c = 1; c < fileColumns.length; c++) {
      int slot = schema.slot(c);
      if (slot >= 0) {
        if (schema.column(c).type().isWhole()) {
          wholeSlots[slot] = wholes[c];
        } else {
          numberSlots[slot] = numbers[c];
        }
      }
    }
    chunk.add(sourceIndex, row.line(), wholeSlots, numberSlots);
  }
}
