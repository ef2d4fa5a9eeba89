package io.quantbeam.models.forest;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * How a symbol's usable rows are assigned to train, validation and test.
 *
 * <ul>
 *   <li>{@link Method#HASH}: the spec's split, row by row from a hash of (symbol, timestamp, seed)
 *       ({@link DatasetSplit#of}); neighbouring minutes land in different parts.
 *   <li>{@link Method#TIME}: chronological per symbol — the first 64 % of the rows (rounded down)
 *       train, the next 16 % (up to 80 %, rounded down) validate, the rest test — so that every
 *       forecast is scored on rows after all the rows it learned from. With an embargo of E
 *       minutes, validation rows whose timestamp is at most E minutes after the last training
 *       row, and test rows at most E minutes after the last validation row, are dropped (in clock
 *       time: an overnight gap counts).
 * </ul>
 *
 * @param method hash or time
 * @param embargoMinutes the gap between the time split's parts, &gt;= 0; 0 for the hash split
 */
public record SplitRule(Method method, int embargoMinutes) implements Serializable {

  /** The split methods. */
  public enum Method {
    HASH,
    TIME;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Fraction of a symbol's rows (from its start) that train under the time split. */
  public static final double TIME_TRAIN_FRACTION = 0.64;
  /** Fraction of a symbol's rows (from its start) that train or validate under the time split. */
  public static final double TIME_TRAIN_OR_VALIDATION_FRACTION = 0.80;

  public SplitRule {
    if (method == null) {
      throw new IllegalArgumentException("method is required");
    }
    if (embargoMinutes < 0) {
      throw new IllegalArgumentException("embargoMinutes must be >= 0, got " + embargoMinutes);
    }
    if (method == Method.HASH && embargoMinutes != 0) {
      throw new IllegalArgumentException("an embargo needs the time split: the hash split interleaves the parts");
    }
  }

  /** The spec's hash split. */
  public static SplitRule hash() {
    return new SplitRule(Method.HASH, 0);
  }

  public static SplitRule time(int embargoMinutes) {
    return new SplitRule(Method.TIME, embargoMinutes);
  }

  /**
   * The part of each of {@code count} consecutive rows of {@code series} starting at {@code first}
   * (in timestamp order), or null for a row dropped by the embargo.
   */
  public DatasetSplit[] assign(BarSeries series, int first, int count, long seed) {
    DatasetSplit[] parts = new DatasetSplit[count];
    if (method == Method.HASH) {
      for (int i = 0; i < count; i++) {
        parts[i] = DatasetSplit.of(series.symbol(), series.timestamp(first + i), seed);
      }
      return parts;
    }
    int trainEnd = (int) Math.floor(count * TIME_TRAIN_FRACTION);
    int validationEnd = (int) Math.floor(count * TIME_TRAIN_OR_VALIDATION_FRACTION);
    for (int i = 0; i < count; i++) {
      parts[i] = i < trainEnd ? DatasetSplit.TRAIN : i < validationEnd ? DatasetSplit.VALIDATION : DatasetSplit.TEST;
    }
    if (embargoMinutes > 0) {
      embargo(series, first, parts, 0, trainEnd, validationEnd);
      embargo(series, first, parts, trainEnd, validationEnd, count);
    }
    return parts;
  }

  /** Drops rows [start, end) that lie at most the embargo after row {@code start - 1} (the previous part's last). */
  private void embargo(BarSeries series, int first, DatasetSplit[] parts, int previousStart, int start, int end) {
    if (start == previousStart || start >= end) {
      return;
    }
    LocalDateTime limit = series.timestamp(first + start - 1).plus(Duration.ofMinutes(embargoMinutes));
    for (int i = start; i < end && !series.timestamp(first + i).isAfter(limit); i++) {
      parts[i] = null;
    }
  }

  /** Parses {@code hash} or {@code time} (any case). */
  public static Method parseMethod(String text) {
    for (Method m : Method.values()) {
      if (m.label().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("expected hash or time, got '" + text + "'");
  }
}
