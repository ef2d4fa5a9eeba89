package io.quantbeam.models.stress;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A realistic history of daily factor levels for historical simulation: business days (Monday to
 * Friday) from a start date, each day's change a correlated draw from the daily covariance (the same
 * counter-based draws as generated scenarios, so day i depends only on (seed, i)), applied in each
 * factor's convention and ending at the market's levels' neighbourhood. A crisis period — the
 * middle twentieth of the days — triples the daily volatility and adds a drift: equities fall
 * 0.4 % a day, spreads widen 4 bp and implied vols rise 0.4 points a day, rates fall 0.5 bp a day.
 */
public final class SampleHistory {

  private SampleHistory() {}

  /** The history: dates and levels, {@code levels[row][column]} for the covariance layout's factors. */
  public record History(LocalDate[] dates, ScenarioLayout layout, double[][] levels, LocalDate crisisStart,
      LocalDate crisisEnd) {}

  /**
   * @param dailyCovariance covariance of one-day shocks (horizon 1)
   * @param days number of business days, at least 2
   */
  public static History generate(MarketData market, FactorCovariance dailyCovariance, long seed, LocalDate start,
      int days) {
    if (days < 2) {
      throw new IllegalArgumentException("a history needs at least 2 days, got " + days);
    }
    ScenarioLayout layout = dailyCovariance.layout();
    CorrelatedShockGenerator generator = new CorrelatedShockGenerator(layout, dailyCovariance.matrix(), seed);
    int crisisFirst = days * 11 / 20;
    int crisisEnd = crisisFirst + Math.max(1, days / 20);
    LocalDate[] dates = new LocalDate[days];
    double[][] levels = new double[days][layout.size()];
    double[] z = new double[layout.size()];
    double[] shock = new double[layout.size()];
    LocalDate date = businessDay(start);
    for (int c = 0; c < layout.size(); c++) {
      levels[0][c] = market.factor(layout.factorId(c));
    }
    dates[0] = date;
    for (int d = 1; d < days; d++) {
      date = businessDay(date.plusDays(1));
      dates[d] = date;
      generator.shocks(d, z, shock);
      boolean crisis = d >= crisisFirst && d < crisisEnd;
      for (int c = 0; c < layout.size(); c++) {
        FactorKind kind = layout.kind(c);
        double x = crisis ? 3 * shock[c] + drift(kind) : shock[c];
        if (kind.relative()) {
          x = Math.max(x, -0.5);  // a draw beyond −50 % in a day would be absurd even in a crisis
        }
        levels[d][c] = kind.apply(levels[d - 1][c], x);
      }
    }
    return new History(dates, layout, levels, dates[crisisFirst], dates[Math.min(crisisEnd, days - 1)]);
  }

  private static double drift(FactorKind kind) {
    return switch (kind) {
      case EQUITY -> -0.004;
      case SPREAD -> 0.0004;
      case VOL -> 0.004;
      case RATE -> -0.00005;
      case FX -> 0.0;
    };
  }

  private static LocalDate businessDay(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
