package io.quantbeam.models.forest;

/** Which training rows each tree sees. */
public enum RowSampling {
  /** n draws with replacement from the n training rows (the spec's random forest). */
  BOOTSTRAP,
  /** Every row once (a plain CART tree; for tests and diagnostics). */
  ALL_ROWS
}
