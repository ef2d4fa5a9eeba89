package io.quantbeam.transforms.rows;

/**
 * How a column's text (or Parquet value) is read. DATE and TIMESTAMP become whole numbers (days
 * since 1970-01-01; seconds since 1970-01-01T00:00 of the local clock), LONG a whole number,
 * DOUBLE a number; TEXT is kept only for the key column.
 */
public enum ColumnType {
  TEXT,
  DATE,
  TIMESTAMP,
  LONG,
  DOUBLE;

  /** True when parsed values are kept in a chunk's {@code long} columns. */
  public boolean isWhole() {
    return this == DATE || this == TIMESTAMP || this == LONG;
  }
}
