package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.BarProblem;
import io.quantbeam.transforms.rows.InputRow;

/**
 * Checks one input row against specs/forest.md and, when it is good, appends it to its symbol's
 * chunk. Reasons: {@code missing_<field>}, {@code unparseable_timestamp},
 * {@code unparseable_number}, {@code non_finite_<field>}, {@code non_positive_<price>},
 * {@code high_below_low}, {@code negative_volume}. Nothing is thrown for bad data. Not
 * thread-safe: one per file being read.
 */
public final class BarValidator {

  private static final String[] PRICE_FIELDS = {"open", "high", "low", "close", "volume"};

  private final BarInputColumns columns;
  private final int[] numberColumns;
  /** The current row's numbers; reused (one validator reads one file on one thread). */
  private final double[] v = new double[PRICE_FIELDS.length];

  public BarValidator(BarInputColumns columns) {
    this.columns = columns;
    this.numberColumns = new int[] {columns.open(), columns.high(), columns.low(), columns.close(), columns.volume()};
  }

  /** The symbol of a row, or null if it has none. */
  public String symbol(InputRow row) {
    return row.isEmpty(columns.symbol()) ? null : row.text(columns.symbol()).trim();
  }

  /**
   * Validates {@code row} and appends it to {@code chunk} (the chunk of {@link #symbol(InputRow)}).
   *
   * @return null when the row was appended, else why it was rejected
   */
  public Rejection appendTo(InputRow row, int sourceIndex, BarChunk.Builder chunk) {
    if (row.isEmpty(columns.timestamp())) {
      return missing("timestamp");
    }
    long seconds;
    try {
      seconds = io.quantbeam.transforms.rows.LocalTimestamps.parseLocalSeconds(row.text(columns.timestamp()));
    } catch (IllegalArgumentException e) {
      return new Rejection("unparseable_timestamp", e.getMessage());
    }
    for (int i = 0; i < PRICE_FIELDS.length; i++) {
      if (row.isEmpty(numberColumns[i])) {
        return missing(PRICE_FIELDS[i]);
      }
      try {
        v[i] = row.number(numberColumns[i]);
      } catch (NumberFormatException e) {
        return new Rejection("unparseable_number", PRICE_FIELDS[i] + " is not a number: " + row.text(numberColumns[i]).trim());
      }
    }
    BarProblem problem = BarProblem.of(v[0], v[1], v[2], v[3], v[4]);
    if (problem != null) {
      return new Rejection(problem.code(), problem.describe(v[0], v[1], v[2], v[3], v[4]));
    }
    chunk.add(sourceIndex, row.line(), seconds, v[0], v[1], v[2], v[3], v[4]);
    return null;
  }

  private static Rejection missing(String field) {
    return new Rejection("missing_" + field, field + " is missing");
  }
}
