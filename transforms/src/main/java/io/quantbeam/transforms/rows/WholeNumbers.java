package io.quantbeam.transforms.rows;

/** Whole numbers as files hold them: {@code 12}, or {@code 12.0} (a Parquet double column, a spreadsheet export). */
public final class WholeNumbers {

  /** Doubles are exact whole numbers up to 2^53. */
  private static final double EXACT_LIMIT = 0x1p53;

  private WholeNumbers() {}

  /** @throws NumberFormatException unless {@code text} is a whole number */
  public static long parse(String text) {
    String t = text.trim();
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      double d = Double.parseDouble(t);
      if (d != Math.rint(d) || Math.abs(d) > EXACT_LIMIT) {
        throw new NumberFormatException(t);
      }
      return (long) d;
    }
  }
}
