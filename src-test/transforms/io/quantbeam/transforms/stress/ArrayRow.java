package io.quantbeam.transforms.stress;

import io.quantbeam.transforms.rows.InputRow;

/** An {@link InputRow} over an array of field texts (null or blank = empty), as a CSV reader would give. */
final class ArrayRow implements InputRow {

  private final String[] fields;
  private final long line;

  ArrayRow(long line, String... fields) {
    this.fields = fields;
    this.line = line;
  }

  @Override
  public String source() {
    return "test.csv";
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String payload() {
    return String.join(",", fields);
  }

  @Override
  public boolean isEmpty(int column) {
    return column < 0 || column >= fields.length || fields[column] == null || fields[column].isBlank();
  }

  @Override
  public String text(int column) {
    return fields[column];
  }

  @Override
  public double number(int column) {
    return Double.parseDouble(fields[column]);
  }

  @Override
  public long epochDay(int column) {
    throw new UnsupportedOperationException();
  }
}
