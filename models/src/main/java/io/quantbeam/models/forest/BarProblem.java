package io.quantbeam.models.forest;

import java.util.Locale;

/** What can be wrong with one minute bar's numbers, per specs/forest.md "Bad input". */
public enum BarProblem {
  NON_FINITE_OPEN,
  NON_FINITE_HIGH,
  NON_FINITE_LOW,
  NON_FINITE_CLOSE,
  NON_FINITE_VOLUME,
  NON_POSITIVE_OPEN,
  NON_POSITIVE_HIGH,
  NON_POSITIVE_LOW,
  NON_POSITIVE_CLOSE,
  HIGH_BELOW_LOW,
  /** Open outside [low, high]: a bar whose fields were shifted, swapped or taken from different bars. */
  OPEN_OUTSIDE_RANGE,
  /** Close outside [low, high]. */
  CLOSE_OUTSIDE_RANGE,
  NEGATIVE_VOLUME;

  /** The snake_case reason code, e.g. {@code high_below_low}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The first problem of a bar's numbers, or null when they are valid. Allocates nothing. */
  public static BarProblem of(double open, double high, double low, double close, double volume) {
    if (!Double.isFinite(open)) {
      return NON_FINITE_OPEN;
    }
    if (!Double.isFinite(high)) {
      return NON_FINITE_HIGH;
    }
    if (!Double.isFinite(low)) {
      return NON_FINITE_LOW;
    }
    if (!Double.isFinite(close)) {
      return NON_FINITE_CLOSE;
    }
    if (!Double.isFinite(volume)) {
      return NON_FINITE_VOLUME;
    }
    if (open <= 0) {
      return NON_POSITIVE_OPEN;
    }
    if (high <= 0) {
      return NON_POSITIVE_HIGH;
    }
    if (low <= 0) {
      return NON_POSITIVE_LOW;
    }
    if (close <= 0) {
      return NON_POSITIVE_CLOSE;
    }
    if (high < low) {
      return HIGH_BELOW_LOW;
    }
    if (open < low || open > high) {
      return OPEN_OUTSIDE_RANGE;
    }
    if (close < low || close > high) {
      return CLOSE_OUTSIDE_RANGE;
    }
    if (volume < 0) {
      return NEGATIVE_VOLUME;
    }
    return null;
  }

  /** A message naming the values, for dead letters and exceptions. */
  public String describe(double open, double high, double low, double close, double volume) {
    return switch (this) {
      case NON_FINITE_OPEN, NON_POSITIVE_OPEN -> "open is " + open;
      case NON_FINITE_HIGH, NON_POSITIVE_HIGH -> "high is " + high;
      case NON_FINITE_LOW, NON_POSITIVE_LOW -> "low is " + low;
      case NON_FINITE_CLOSE, NON_POSITIVE_CLOSE -> "close is " + close;
      case NON_FINITE_VOLUME, NEGATIVE_VOLUME -> "volume is " + volume;
      case HIGH_BELOW_LOW -> "high " + high + " is below low " + low;
      case OPEN_OUTSIDE_RANGE -> "open " + open + " is outside [low, high] = [" + low + ", " + high + "]";
      case CLOSE_OUTSIDE_RANGE -> "close " + close + " is outside [low, high] = [" + low + ", " + high + "]";
    };
  }
}
