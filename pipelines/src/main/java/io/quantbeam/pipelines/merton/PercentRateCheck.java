package io.quantbeam.pipelines.merton;

import java.util.Arrays;
import java.util.Locale;

/**
 * Catches risk-free rates given in percent where annual decimal yields are expected: a median
 * above 1 (a 100 % yield) cannot be a decimal yield, and read as one it would make every rate
 * 100 times too large without any error. FRED's DGS1 download, for one, is in percent.
 */
final class PercentRateCheck {

  /** Rows of each input file looked at; the first rows of a file tell its unit. */
  static final int SAMPLE_ROWS = 100;

  private PercentRateCheck() {}

  /**
   * @param values the first rate values of the file (any order; NaN ignored)
   * @throws IllegalArgumentException naming the file, the column and the fix when the median is above 1
   */
  static void check(String source, String column, double[] values, int count) {
    double[] finite = Arrays.stream(values, 0, count).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0) {
      return;
    }
    int n = finite.length;
    double median = n % 2 == 1 ? finite[n / 2] : (finite[n / 2 - 1] + finite[n / 2]) / 2;
    if (median > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: the risk-free rate column '%s' has median %s over its first %d values: these look like percentages, "
              + "but merton expects annual decimal yields (%s for %s %%). Divide the column by 100 "
              + "(or prepare FRED's DGS1 file with merton-prepare --rates=…, which converts percent).",
          source, column, median, n, median / 100, median));
    }
  }
}
