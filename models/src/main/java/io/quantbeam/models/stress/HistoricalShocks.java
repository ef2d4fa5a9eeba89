package io.quantbeam.models.stress;

import java.time.LocalDate;

/**
 * Historical simulation: scenario shocks from a history of daily factor levels. For each date t in
 * the window whose row lies at least {@code horizonDays} rows (trading days) after the first row,
 * the shock of factor f is its change from the row {@code horizonDays} rows earlier, in the factor's
 * own convention — additive for rates, spreads and vols (level(t) − level(t − h)), relative for
 * equity and FX (level(t) / level(t − h) − 1) — so that applying it to today's market with
 * {@link FactorKind#apply} moves today's level as history moved. Windows overlap for h > 1 (one
 * scenario per end date). The scenario id is the end date as yyyymmdd.
 */
public final class HistoricalShocks {

  private HistoricalShocks() {}

  /**
   * The scenarios of a history.
   *
   * @param dates the rows' dates, strictly increasing (bad and duplicate rows removed)
   * @param levels {@code levels[row][column]}: the level of layout factor {@code column} on {@code dates[row]}
   * @param horizonDays h ≥ 1, in rows
   * @param from first end date to include, or null for any
   * @param to last end date to include, or null for any
   */
  public static ShockBlock of(LocalDate[] dates, double[][] levels, ScenarioLayout layout, int horizonDays,
      LocalDate from, LocalDate to) {
    if (horizonDays < 1) {
      throw new IllegalArgumentException("the horizon must be >= 1 day, got " + horizonDays);
    }
    for (int r = 1; r < dates.length; r++) {
      if (!dates[r].isAfter(dates[r - 1])) {
        throw new IllegalArgumentException("history dates must be strictly increasing: " + dates[r - 1] + ", " + dates[r]);
      }
    }
    int count = 0;
    for (int r = horizonDays; r < dates.length; r++) {
      count += inWindow(dates[r], from, to) ? 1 : 0;
    }
    long[] ids = new long[count];
    double[][] shocks = new double[layout.size()][count];
    int i = 0;
    for (int r = horizonDays; r < dates.length; r++) {
      if (!inWindow(dates[r], from, to)) {
        continue;
      }
      ids[i] = scenarioId(dates[r]);
      for (int c = 0; c < layout.size(); c++) {
        shocks[c][i] = shock(layout.kind(c), levels[r - horizonDays][c], levels[r][c]);
      }
      i++;
    }
    return new ShockBlock(ids, shocks);
  }

  /** The shock that takes {@code start} to {@code end} in the convention of {@code kind}. */
  public static double shock(FactorKind kind, double start, double end) {
    return kind.relative() ? end / start - 1 : end - start;
  }

  /** yyyymmdd as a number, e.g. 2008-10-10 → 20081010. */
  public static long scenarioId(LocalDate date) {
    return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
  }

  /** The date of a scenario id made by {@link #scenarioId}. */
  public static LocalDate dateOf(long scenarioId) {
    return LocalDate.of((int) (scenarioId / 10_000), (int) (scenarioId / 100 % 100), (int) (scenarioId % 100));
  }

  private static boolean inWindow(LocalDate date, LocalDate from, LocalDate to) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
