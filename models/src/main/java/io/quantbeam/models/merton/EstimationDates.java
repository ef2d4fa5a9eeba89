package io.quantbeam.models.merton;

/** Picks the rows that the ITERATIVE and NAIVE methods estimate on. */
final class EstimationDates {

  private EstimationDates() {}

  /**
   * Writes into {@code out} the row indices ≥ {@code first} to estimate on, in order, and returns
   * how many: every row (DAILY), or each calendar month's last row (MONTHLY; the last row of the
   * history closes its month even when the month continues beyond the data).
   */
  static int select(long[] epochDays, Estimation estimation, int first, int[] out) {
    int n = epochDays.length;
    int count = 0;
    for (int t = Math.max(first, 0); t < n; t++) {
      if (estimation == Estimation.DAILY || t == n - 1
          || CalendarMonth.index(epochDays[t]) != CalendarMonth.index(epochDays[t + 1])) {
        out[count++] = t;
      }
    }
    return count;
  }
}
