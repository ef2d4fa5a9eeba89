package io.quantbeam.transforms.rows;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Fast strict parsing of ISO dates (YYYY-MM-DD) to days since 1970-01-01. */
public final class IsoDates {

  private IsoDates() {}

  /** @throws IllegalArgumentException unless {@code text} is a valid YYYY-MM-DD date */
  public static long toEpochDay(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new IllegalArgumentException("not an ISO date (YYYY-MM-DD): '" + text + "'");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    try {
      return LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a valid date: '" + text + "'", e);
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not an ISO date (YYYY-MM-DD): '" + text + "'");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
