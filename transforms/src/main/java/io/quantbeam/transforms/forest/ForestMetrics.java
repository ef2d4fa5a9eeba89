package io.quantbeam.transforms.forest;

/** Names of the Beam counters the forest transforms keep (namespace {@code forest}). */
public final class ForestMetrics {

  public static final String NAMESPACE = "forest";
  /** Bars read (input rows), before validation. */
  public static final String BARS_IN = "bars_in";
  /** Valid bars kept in a symbol's series. */
  public static final String BARS_USED = "bars_used";
  /** Bars of symbols with too little data to train on (part of {@link #BARS_USED}). */
  public static final String BARS_INSUFFICIENT = "bars_of_insufficient_symbols";
  public static final String SYMBOLS = "symbols";
  public static final String SYMBOLS_TRAINED = "symbols_trained";
  public static final String SYMBOLS_INSUFFICIENT = "symbols_insufficient";
  public static final String TRAIN_ROWS = "train_rows";
  public static final String VALIDATION_ROWS = "validation_rows";
  public static final String TEST_ROWS = "test_rows";
  public static final String SUB_FORESTS = "sub_forests_trained";
  public static final String TREES = "trees_trained";
  /** Milliseconds spent growing trees, summed over workers. */
  public static final String TRAIN_MILLIS = "train_millis";
  public static final String ROWS_SCORED = "rows_scored";
  /** Bars that cannot be scored because they lack the lagged features (the first 10 of a series). */
  public static final String BARS_WITHOUT_LAGS = "bars_without_lags";
  /** Bars of symbols for which no model was given. */
  public static final String BARS_WITHOUT_MODEL = "bars_without_model";

  private ForestMetrics() {}
}
