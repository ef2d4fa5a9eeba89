package io.quantbeam.models.stress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the report needs about one P&amp;L series (the total, or one book), mergeable across
 * shards with results independent of the merge order: the count, exact Σx and Σx², min and max,
 * and the largest losses (loss = −P&amp;L) with their scenario ids.
 */
public final class PnlSeries implements Serializable {

  private static final long serialVersionUID = 1L;

  private long count;
  private final ExactSum sum = new ExactSum();
  private final ExactSum sumOfSquares = new ExactSum();
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private final TopLosses tail;

  /** Keeps the {@code tailCapacity} largest losses. */
  public PnlSeries(int tailCapacity) {
    this.tail = new TopLosses(tailCapacity);
  }

  public void add(double pnl, long scenarioId) {
    count++;
    sum.add(pnl);
    sumOfSquares.addSquare(pnl);
    min = Math.min(min, pnl);
    max = Math.max(max, pnl);
    tail.add(0.0 - pnl, scenarioId);
  }

  public void merge(PnlSeries other) {
    count += other.count;
    sum.add(other.sum);
    sumOfSquares.add(other.sumOfSquares);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    tail.addAll(other.tail);
  }

  /** How many of the largest losses this series keeps. */
  public int tailCapacity() {
    return tail.capacity();
  }

  public long count() {
    return count;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  /** Mean P&amp;L, from the exact sum; NaN with no scenarios. */
  public double mean() {
    return count == 0 ? Double.NaN : sum.divide(count);
  }

  /**
   * Sample standard deviation (N − 1 in the denominator) from the exact Σx and Σx²:
   * sqrt((N·Σx² − (Σx)²) / (N·(N − 1))); NaN with fewer than two scenarios.
   */
  public double standardDeviation() {
    if (count < 2) {
      return Double.NaN;
    }
    BigDecimal s = sum.value();
    BigDecimal numerator = sumOfSquares.value().multiply(BigDecimal.valueOf(count))
        .subtract(s.multiply(s));
    BigDecimal variance = numerator.divide(
        BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(count - 1)),
        MathContext.DECIMAL128);
    return Math.sqrt(Math.max(variance.doubleValue(), 0));
  }

  /** The largest losses kept, largest first. */
  public TopLosses.Ranked largestLosses() {
    return tail.ranked();
  }

  /** The report's figures: statistics, VaR and ES at each of {@code levels}, the {@code worst} largest losses. */
  public SeriesFigures figures(List<ConfidenceLevel> levels, int worst) {
    List<TailRisk> risks = new ArrayList<>();
    long largestTail = 0;
    for (ConfidenceLevel level : levels) {
      risks.add(tailRisk(level));
      largestTail = Math.max(largestTail, level.tailCount(count));
    }
    TopLosses.Ranked ranked = largestLosses();
    return new SeriesFigures(count, mean(), standardDeviation(), count == 0 ? Double.NaN : min,
        count == 0 ? Double.NaN : max, risks, ranked.first(worst), ranked.first((int) largestTail).scenarioIds());
  }

  /** VaR and ES at {@code level} from the kept tail; see {@link TailRisk}. */
  public TailRisk tailRisk(ConfidenceLevel level) {
    return TailRisk.of(largestLosses(), count, level);
  }
}
