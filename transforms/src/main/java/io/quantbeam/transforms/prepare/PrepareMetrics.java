package io.quantbeam.transforms.prepare;

/** Names of the Beam counters of {@code merton-prepare} (namespace {@code merton_prepare}). */
public final class PrepareMetrics {

  public static final String NAMESPACE = "merton_prepare";
  /** CRSP daily rows read. */
  public static final String CRSP_ROWS_IN = "crsp_rows_in";
  /** Firm-days written to the Merton input. */
  public static final String ROWS_WRITTEN = "rows_written";
  /** CRSP rows of days on which no Compustat quarter was public yet or no link covered the day. */
  public static final String ROWS_WITHOUT_DEFAULT_POINT = "rows_without_default_point";
  /** CRSP rows of days with no DGS1 yield in the days before. */
  public static final String ROWS_WITHOUT_RATE = "rows_without_risk_free_rate";
  public static final String FIRMS_WRITTEN = "firms_written";
  public static final String COMPUSTAT_ROWS_IN = "compustat_rows_in";
  /** Compustat quarters whose gvkey has no usable link to a permno. */
  public static final String COMPUSTAT_ROWS_UNLINKED = "compustat_rows_unlinked";
  /** Compustat quarters with one of DLCQ, DLTTQ missing, the missing item taken as 0. */
  public static final String DEBT_ITEM_MISSING_AS_ZERO = "compustat_debt_item_missing_taken_as_zero";

  private PrepareMetrics() {}
}
