package io.quantbeam.transforms.rows;

import io.quantbeam.models.forest.BarSeries;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Exchange-local bar timestamps as text: ISO {@code yyyy-MM-ddTHH:mm[:ss]} (a space instead of the
 * {@code T} is accepted), read as seconds since 1970-01-01T00:00 of the local clock. The common
 * fixed-width forms are parsed by hand (no objects per row); others go through
 * {@link LocalDateTime#parse}. Fractional seconds are rejected: bars are whole minutes.
 */
public final class LocalTimestamps {

  private LocalTimestamps() {}

  /** @throws IllegalArgumentException with a message naming the text when it is not a timestamp */
  public static long parseLocalSeconds(String text) {
    String t = text.trim();
    if ((t.length() == 19 || t.length() == 16) && fixedWidth(t)) {
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 2);
      int day = digits(t, 8, 2);
      int hour = digits(t, 11, 2);
      int minute = digits(t, 14, 2);
      int second = t.length() == 19 ? digits(t, 17, 2) : 0;
      try {
        return BarSeries.toLocalSeconds(LocalDateTime.of(year, month, day, hour, minute, second));
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("'" + text + "' is not a valid date-time: " + e.getMessage());
      }
    }
    try {
      LocalDateTime parsed = LocalDateTime.parse(t.replace(' ', 'T'));
      if (parsed.getNano() != 0) {
        throw new IllegalArgumentException("'" + text + "' has fractional seconds; bars are whole minutes");
      }
      return BarSeries.toLocalSeconds(parsed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO local date-time (yyyy-MM-ddTHH:mm:ss)");
    }
  }


  private static boolean fixedWidth(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean ok = switch (i) {
        case 4, 7 -> c == '-';
        case 10 -> c == 'T' || c == ' ';
        case 13, 16 -> c == ':';
        default -> c >= '0' && c <= '9';
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String t, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    return value;
  }
}
