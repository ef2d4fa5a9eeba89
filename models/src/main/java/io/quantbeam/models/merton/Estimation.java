package io.quantbeam.models.merton;

/** Which dates the ITERATIVE and NAIVE methods estimate on. */
public enum Estimation {
  /** Every trading day with a full window. */
  DAILY,
  /** Each firm's last row in each calendar month (including an incomplete last month). */
  MONTHLY
}
