package io.quantbeam.transforms.rows;

/** An {@link InputRow} over field texts (null or blank = empty), as the CSV reader gives them, for parser tests. */
public record TextRow(String source, long line, String... fields) implements InputRow {

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
    return IsoDates.toEpochDay(fields[column].trim());
  }
}
