package io.quantbeam.transforms.merton;

/** Names of the Beam counters the Merton transforms keep (namespace {@code merton}). */
public final class MertonMetrics {

  public static final String NAMESPACE = "merton";
  /** Black–Scholes solves, as the spec requires. */
  public static final String SOLVES = "solves";
  public static final String ROWS_IN = "rows_in";
  public static final String FIRMS = "firms";
  public static final String FIRMS_ESTIMATED = "firms_estimated";
  public static final String FIRMS_INSUFFICIENT_HISTORY = "firms_insufficient_history";
  public static final String ROWS_USED = "rows_used";
  public static final String ROWS_INSUFFICIENT_HISTORY = "rows_insufficient_history";
  public static final String OUTPUT_ROWS = "output_rows";
  public static final String NON_CONVERGED_ROWS = "non_converged_rows";

  private MertonMetrics() {}
}
