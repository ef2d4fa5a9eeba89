package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.transforms.rows.InputRow;

/** PERMNOs and GVKEYs are whole numbers, written as 10001, 10001.0 or 001690 by different exports. */
final class Permnos {

  private Permnos() {}

  /** The id as a plain decimal integer text, or null if the field is empty or not a whole number. */
  static String normalise(InputRow row, int column) {
    if (column < 0 || row.isEmpty(column)) {
      return null;
    }
    try {
      double value = row.number(column);
      if (value != Math.rint(value) || value < 0 || value > Long.MAX_VALUE) {
        return null;
      }
      return Long.toString((long) value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
