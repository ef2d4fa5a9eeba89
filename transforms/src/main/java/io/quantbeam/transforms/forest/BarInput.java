package io.quantbeam.transforms.forest;

import static io.quantbeam.transforms.rows.ColumnType.DOUBLE;
import static io.quantbeam.transforms.rows.ColumnType.TEXT;
import static io.quantbeam.transforms.rows.ColumnType.TIMESTAMP;
import static io.quantbeam.transforms.rows.InputColumn.required;

import io.quantbeam.models.forest.BarProblem;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputSchema;
import io.quantbeam.transforms.rows.RowParser;

/**
 * The minute-bar input columns of specs/forest.md, all required: symbol (or ticker), timestamp (or
 * datetime, date_time; exchange-local), open, high, low, close, volume; and the bar checks of
 * {@link BarProblem}: {@code non_finite_<field>}, {@code non_positive_<price>},
 * {@code high_below_low}, {@code negative_volume}.
 */
public final class BarInput {

  /** Schema column indices (column 0, the key, is the symbol). */
  public static final int TIMESTAMP_COLUMN = 1;
  public static final int OPEN = 2;
  public static final int HIGH = 3;
  public static final int LOW = 4;
  public static final int CLOSE = 5;
  public static final int VOLUME = 6;

  public static final InputSchema SCHEMA = InputSchema.of(BarInput::check,
      required("symbol", TEXT, "ticker"),
      required("timestamp", TIMESTAMP, "datetime", "date_time"),
      required("open", DOUBLE),
      required("high", DOUBLE),
      required("low", DOUBLE),
      required("close", DOUBLE),
      required("volume", DOUBLE));

  /** {@link io.quantbeam.transforms.rows.RowChunk} slots: the timestamp's, and open … volume's (consecutive). */
  public static final int TIMESTAMP_SLOT = SCHEMA.slot(TIMESTAMP_COLUMN);
  public static final int OPEN_SLOT = SCHEMA.slot(OPEN);
  public static final int PRICE_AND_VOLUME_SLOTS = 5;

  private BarInput() {}

  private static DeadLetter check(RowParser row) {
    double open = row.number(OPEN);
    double high = row.number(HIGH);
    double low = row.number(LOW);
    double close = row.number(CLOSE);
    double volume = row.number(VOLUME);
    BarProblem problem = BarProblem.of(open, high, low, close, volume);
    return problem == null ? null : row.reject(problem.code(), problem.describe(open, high, low, close, volume));
  }
}
