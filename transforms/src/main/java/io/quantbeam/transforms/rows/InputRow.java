package io.quantbeam.transforms.rows;

/**
 * One row of tabular input (a CSV line, a Parquet record) as the validators see it, whatever the
 * file format. Columns are addressed by index in the file's header; implementations are reused
 * from row to row, so a validator must copy what it keeps.
 */
public interface InputRow {

  /** Where the row came from, for dead letters. */
  String source();

  /** 1-based line (CSV) or row (Parquet) number in {@link #source()}, or -1 if unknown. */
  long line();

  /** The row as read, for dead letters. */
  String payload();

  /** True when the column is absent from this row or its value is empty or null. */
  boolean isEmpty(int column);

  /** The value as text; only for non-empty columns. */
  String text(int column);

  /** The value as a number; only for non-empty columns. @throws NumberFormatException if it is not one */
  double number(int column);

  /** The value as an ISO date (YYYY-MM-DD), in days since 1970-01-01; only for non-empty columns. @throws IllegalArgumentException if it is not one */
  long epochDay(int column);
}
