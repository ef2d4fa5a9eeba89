package io.quantbeam.transforms.prepare;

import io.quantbeam.transforms.rows.RowChunk;

/**
 * The columns of a default-point chunk ({@link RowChunk} keyed by permno): one Compustat
 * quarter of a gvkey linked to the permno, usable on trading days {@code VALID_FROM … VALID_TO}
 * (inclusive): from the day the report is taken to be public (datadate + reporting lag), or the
 * link's start if later, to the link's end. The default point DLCQ + ½·DLTTQ is in millions.
 */
public final class DebtColumns {

  /** Long columns: days since 1970-01-01, and the gvkey. */
  public static final int DATADATE = 0;
  public static final int VALID_FROM = 1;
  public static final int VALID_TO = 2;
  public static final int GVKEY = 3;
  /** Double column: DLCQ + ½·DLTTQ, millions. */
  public static final int DEFAULT_POINT = 0;

  public static final int LONGS = 4;
  public static final int DOUBLES = 1;

  private DebtColumns() {}

  public static RowChunk.Builder builder(String permno, java.util.List<String> sources) {
    return new RowChunk.Builder(permno, sources, LONGS, DOUBLES);
  }
}
