package io.quantbeam.transforms.prepare;

import io.quantbeam.transforms.rows.RowChunk;

/**
 * The columns of a CRSP daily chunk ({@link RowChunk} keyed by permno): the trading day, the
 * price |PRC| in dollars (a negative CRSP price is a bid/ask midpoint: its absolute value is
 * used), shares outstanding in thousands (CRSP's SHROUT unit) and the holding-period return RET as
 * a decimal (NaN when CRSP gives a missing-value code).
 */
public final class CrspColumns {

  /** Long column: days since 1970-01-01. */
  public static final int DAY = 0;
  /** Double columns. */
  public static final int PRICE = 0;
  public static final int SHARES_THOUSANDS = 1;
  public static final int RET = 2;

  public static final int LONGS = 1;
  public static final int DOUBLES = 3;

  private CrspColumns() {}

  public static RowChunk.Builder builder(String permno, java.util.List<String> sources) {
    return new RowChunk.Builder(permno, sources, LONGS, DOUBLES);
  }
}
