package io.quantbeam.transforms.forest;

import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One symbol's predictions, in columns, in timestamp order: for every bar with all its lags, the
 * bar's TYPPRICE, the model's prediction of the next bar's TYPPRICE and, where a next bar exists,
 * its actual TYPPRICE (NaN for the last bar, whose next minute is the forecast proper).
 *
 * @param status {@code scored}, or {@code no_model} when no model was given for the symbol (then
 *     the columns are empty)
 * @param bars the symbol's bars, scored or not
 */
@DefaultCoder(ScoredSeriesCoder.class)
public record ScoredSeries(String symbol, String status, int bars, String modelPath, long[] localSeconds,
    double[] typicalPrice, double[] predicted, double[] actual) {

  public static final String SCORED = "scored";
  public static final String NO_MODEL = "no_model";

  public int size() {
    return localSeconds.length;
  }

  /** Rows that have an actual next TYPPRICE. */
  public int rowsWithActual() {
    int n = 0;
    for (double a : actual) {
      if (!Double.isNaN(a)) {
        n++;
      }
    }
    return n;
  }

  /** MSE over the rows with an actual next TYPPRICE; NaN when there are none. */
  public double meanSquaredError() {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (!Double.isNaN(actual[i])) {
        double e = predicted[i] - actual[i];
        sum += e * e;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
