package io.quantbeam.models.stress;

import java.util.Arrays;

/**
 * Profit and loss of a block of scenarios, in base currency: {@code total[i]} for scenario
 * {@code scenarioIds[i]} and {@code byBook[b][i]} for book b (books in the revaluer's order).
 * Arrays are owned by the block; read only.
 */
public record PnlBlock(long[] scenarioIds, double[] total, double[][] byBook) {

  public PnlBlock {
    if (total.length != scenarioIds.length) {
      throw new IllegalArgumentException("one total P&L per scenario is required");
    }
    for (double[] book : byBook) {
      if (book.length != scenarioIds.length) {
        throw new IllegalArgumentException("one book P&L per scenario is required");
      }
    }
  }

  public int size() {
    return scenarioIds.length;
  }

  public int books() {
    return byBook.length;
  }

  /** Whether scenario row {@code i} has a finite P&L in total and in every book. */
  public boolean finite(int i) {
    if (!Double.isFinite(total[i])) {
      return false;
    }
    for (double[] book : byBook) {
      if (!Double.isFinite(book[i])) {
        return false;
      }
    }
    return true;
  }

  /** The rows where {@code keep[i]}, in order. */
  public PnlBlock select(boolean[] keep) {
    int kept = 0;
    for (boolean k : keep) {
      kept += k ? 1 : 0;
    }
    if (kept == size()) {
      return this;
    }
    long[] ids = new long[kept];
    double[] tot = new double[kept];
    double[][] books = new double[books()][kept];
    int j = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        ids[j] = scenarioIds[i];
        tot[j] = total[i];
        for (int b = 0; b < books.length; b++) {
          books[b][j] = byBook[b][i];
        }
        j++;
      }
    }
    return new PnlBlock(ids, tot, books);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PnlBlock p && Arrays.equals(scenarioIds, p.scenarioIds) && Arrays.equals(total, p.total)
        && Arrays.deepEquals(byBook, p.byBook);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(scenarioIds) * 31 + Arrays.hashCode(total);
  }

  @Override
  public String toString() {
    return "PnlBlock[" + size() + " scenarios, " + books() + " books]";
  }
}
