package io.quantbeam.models.forest;

import java.util.Arrays;

/**
 * Per row of a scored matrix, the current TYPPRICE and the next one (price units): what a
 * forecast of any {@link ForecastTarget} is scored against, and the persistence forecast
 * (next = current) it is compared with.
 */
public final class PriceRows {

  private final double[] current;
  private final double[] next;

  /** Both arrays have one value per row, in the matrix's row order; they are copied. */
  public PriceRows(double[] current, double[] next) {
    if (current.length != next.length) {
      throw new IllegalArgumentException(current.length + " current prices for " + next.length + " next prices");
    }
    this.current = current.clone();
    this.next = next.clone();
  }

  public int rows() {
    return current.length;
  }

  public double current(int row) {
    return current[row];
  }

  public double next(int row) {
    return next[row];
  }

  /**
   * Scores {@code predictions} (in {@code target} units, one per row) on the price scale against
   * the persistence forecast on the same rows.
   */
  public PriceScore score(double[] predictions, ForecastTarget target) {
    if (predictions.length != current.length) {
      throw new IllegalArgumentException(predictions.length + " predictions for " + current.length + " rows");
    }
    if (current.length == 0) {
      throw new IllegalArgumentException("no rows to score");
    }
    double model = 0;
    double persistence = 0;
    for (int r = 0; r < current.length; r++) {
      double error = target.toPrice(predictions[r], current[r]) - next[r];
      double naive = current[r] - next[r];
      model += error * error;
      persistence += naive * naive;
    }
    return new PriceScore(model / current.length, persistence / current.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceRows p && Arrays.equals(current, p.current) && Arrays.equals(next, p.next);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(current) + Arrays.hashCode(next);
  }

  double[] currentArray() {
    return current;
  }

  double[] nextArray() {
    return next;
  }
}
