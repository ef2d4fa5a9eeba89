package io.quantbeam.transforms.prepare;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The default point in force on each trading day of one firm: of the quarters usable on that day
 * (valid from … valid to, see {@link DebtColumns}), the one with the latest datadate; between two
 * rows of the same datadate, the one earlier by (file, line). No quarter usable → NaN (before the
 * first report is public, or on a day no link covers). Never looks ahead: a quarter is used only
 * from its valid-from day on. O((days + quarters) · log quarters) by one sweep over the days.
 */
public final class DefaultPointAsOf {

  private DefaultPointAsOf() {}

  /**
   * @param days trading days, ascending (days since 1970-01-01)
   * @param tieRank smaller is preferred between rows of the same datadate (e.g. the rank by file and line)
   * @return the default point per day, NaN where none is known
   */
  public static double[] asOf(long[] days, long[] datadate, long[] validFrom, long[] validTo, double[] value,
      int[] tieRank) {
    int m = datadate.length;
    Integer[] byValidFrom = new Integer[m];
    for (int i = 0; i < m; i++) {
      byValidFrom[i] = i;
    }
    Arrays.sort(byValidFrom, (a, b) -> Long.compare(validFrom[a], validFrom[b]));
    PriorityQueue<Integer> usable = new PriorityQueue<>(Math.max(1, m), (a, b) -> {
      int byDate = Long.compare(datadate[b], datadate[a]);
      return byDate != 0 ? byDate : Integer.compare(tieRank[a], tieRank[b]);
    });
    double[] out = new double[days.length];
    int next = 0;
    for (int t = 0; t < days.length; t++) {
      long day = days[t];
      while (next < m && validFrom[byValidFrom[next]] <= day) {
        usable.add(byValidFrom[next++]);
      }
      while (!usable.isEmpty() && validTo[usable.peek()] < day) {
        usable.poll(); // expired; an expired row below the top is dropped when it reaches the top
      }
      out[t] = usable.isEmpty() ? Double.NaN : value[usable.peek()];
    }
    return out;
  }
}
