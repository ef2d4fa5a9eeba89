package io.quantbeam.models.forest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The spec's deterministic train / validation / test split of rows: u = (first 8 bytes of
 * SHA-256 of the UTF-8 text {@code symbol|yyyy-MM-ddTHH:mm:ss|seed}, unsigned big-endian) / 2^64;
 * test if u &lt; 0.20, validation if u &lt; 0.36, else train. The same on every runner and at any
 * parallelism.
 */
public enum DatasetSplit {
  TRAIN,
  VALIDATION,
  TEST;

  /** Fraction of rows that are test rows. */
  public static final double TEST_FRACTION = 0.20;
  /** Fraction of rows that are test or validation rows. */
  public static final double TEST_OR_VALIDATION_FRACTION = 0.36;

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  public static DatasetSplit of(String symbol, LocalDateTime timestamp, long seed) {
    double u = unitValue(symbol, timestamp, seed);
    if (u < TEST_FRACTION) {
      return TEST;
    }
    return u < TEST_OR_VALIDATION_FRACTION ? VALIDATION : TRAIN;
  }

  /** The row's u in [0, 1], rounded to the nearest double as Python's {@code int / 2**64} does. */
  public static double unitValue(String symbol, LocalDateTime timestamp, long seed) {
    long bits = TreeSeeds.firstLong(TreeSeeds.sha256(symbol + "|" + TIMESTAMP.format(timestamp) + "|" + seed));
    return unsignedToDouble(bits) * 0x1p-64;
  }

  /** The unsigned 64-bit value of {@code bits}, correctly rounded to a double. */
  static double unsignedToDouble(long bits) {
    if (bits >= 0) {
      return bits;
    }
    // Halve keeping the lowest bit sticky so that the conversion still rounds correctly, then double.
    return ((bits >>> 1) | (bits & 1)) * 2.0;
  }
}
