package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.List;

/**
 * What a report shows of one P&amp;L series (the total or a book), in base currency: the count,
 * mean, sample standard deviation, min and max of P&amp;L, VaR and ES at each requested level, and
 * the worst scenarios (largest losses first), and the ids of the largest tail any level needs (the
 * m_max largest losses, largest first: the scenarios a risk-contribution pass revisits).
 */
public record SeriesFigures(long count, double mean, double standardDeviation, double min, double max,
    List<TailRisk> tailRisks, TopLosses.Ranked worst, long[] tailIds) implements Serializable {

  public SeriesFigures {
    tailRisks = List.copyOf(tailRisks);
  }

  /** The figures of no scenarios: count 0, every statistic NaN. */
  public static SeriesFigures empty(List<ConfidenceLevel> levels) {
    return new PnlSeries(1).figures(levels, 0);
  }

  /** The tail risk at the level written as {@code levelText}. */
  public TailRisk tailRisk(String levelText) {
    for (TailRisk r : tailRisks) {
      if (r.level().text().equals(levelText)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no tail risk computed at level " + levelText);
  }
}
