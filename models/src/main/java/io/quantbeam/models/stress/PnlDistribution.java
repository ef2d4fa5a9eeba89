package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/**
 * The P&amp;L of a block of scenarios as series: one {@link PnlSeries} for the total and one per book
 * (in the revaluer's book order). Each series merges with the same series of other blocks in any
 * order and grouping with identical results, which is what lets a runner collate shards as it
 * likes.
 */
public final class PnlDistribution {

  private final PnlSeries total;
  private final List<PnlSeries> books;

  /**
   * @param books number of books
   * @param tailCapacity largest losses to keep per series: at least the largest m the report needs
   */
  public PnlDistribution(int books, int tailCapacity) {
    this.total = new PnlSeries(tailCapacity);
    this.books = new ArrayList<>(books);
    for (int b = 0; b < books; b++) {
      this.books.add(new PnlSeries(tailCapacity));
    }
  }

  /**
   * The capacity that keeps every tail the levels need for up to {@code maxScenarios} scenarios
   * (m grows with N, so a bound on N bounds m), and at least {@code worstToList}.
   */
  public static int tailCapacity(List<ConfidenceLevel> levels, long maxScenarios, int worstToList) {
    long m = worstToList;
    for (ConfidenceLevel level : levels) {
      m = Math.max(m, level.tailCount(maxScenarios));
    }
    if (m > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many tail scenarios to keep: " + m);
    }
    return (int) Math.max(m, 1);
  }

  public void add(PnlBlock block) {
    if (block.books() != books.size()) {
      throw new IllegalArgumentException("block has " + block.books() + " books, expected " + books.size());
    }
    long[] ids = block.scenarioIds();
    double[] totals = block.total();
    for (int i = 0; i < ids.length; i++) {
      total.add(totals[i], ids[i]);
    }
    for (int b = 0; b < books.size(); b++) {
      PnlSeries series = books.get(b);
      double[] pnl = block.byBook()[b];
      for (int i = 0; i < ids.length; i++) {
        series.add(pnl[i], ids[i]);
      }
    }
  }

  public PnlSeries total() {
    return total;
  }

  /** Series {@code index}: 0 is the total, 1 + b is book b. */
  public PnlSeries series(int index) {
    return index == 0 ? total : books.get(index - 1);
  }

  /** The total and the books: 1 + books. */
  public int seriesCount() {
    return 1 + books.size();
  }
}
