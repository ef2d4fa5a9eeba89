package io.quantbeam.models.forest;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Synthetic but realistic minute bars: sessions 09:15–15:30 (375 one-minute bars, each labelled
 * by its start) on business days (Monday to Friday; no holiday calendar), prices following
 * geometric Brownian motion with a U-shaped intraday volatility profile and an overnight gap,
 * volumes with a U-shaped intraday profile, lognormal noise and more shares traded in volatile
 * minutes. Prices are rounded to the tick; each bar's open, high, low and close come from four
 * sub-minute steps of the path.
 *
 * <p>Each symbol's parameters and path depend only on (seed, symbol) (a {@link SplitMix64}
 * seeded from SHA-256 of {@code seed|symbol|bars}), so symbols can be generated in parallel and
 * the output is the same everywhere. Per symbol: initial price log-uniform in [20, 2000], annual
 * volatility uniform in [15 %, 45 %], annual drift uniform in [-10 %, +10 %], mean volume per
 * minute log-uniform in [2,000, 200,000] shares. A fifth of the daily variance falls overnight.
 *
 * @param firstDay the first session is on this day, or the next business day
 * @param businessDays sessions per symbol, &gt;= 1
 * @param tickSize price increment, &gt; 0 (e.g. 0.01 or 0.05)
 * @param seed the run's seed
 */
public record MinuteBarGenerator(LocalDate firstDay, int businessDays, double tickSize, long seed) implements Serializable {

  public static final LocalTime SESSION_OPEN = LocalTime.of(9, 15);
  public static final LocalTime SESSION_CLOSE = LocalTime.of(15, 30);
  public static final int BARS_PER_SESSION = 375;

  private static final int STEPS_PER_BAR = 4;
  private static final double TRADING_DAYS_PER_YEAR = 252;
  private static final double OVERNIGHT_SHARE = 0.2;

  public MinuteBarGenerator {
    if (firstDay == null) {
      throw new IllegalArgumentException("firstDay is required");
    }
    if (businessDays < 1) {
      throw new IllegalArgumentException("businessDays must be >= 1, got " + businessDays);
    }
    if (!(tickSize > 0) || Double.isInfinite(tickSize)) {
      throw new IllegalArgumentException("tickSize must be finite and > 0, got " + tickSize);
    }
    if ((long) businessDays * BARS_PER_SESSION > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many business days for one series: " + businessDays);
    }
  }

  public int barsPerSymbol() {
    return businessDays * BARS_PER_SESSION;
  }

  public BarSeries generate(String symbol) {
    SplitMix64 random = new SplitMix64(TreeSeeds.firstLong(TreeSeeds.sha256(seed + "|" + symbol + "|bars")));
    double logPrice = StrictMath.log(20) + random.nextDouble() * StrictMath.log(100);
    double annualVolatility = 0.15 + 0.30 * random.nextDouble();
    double annualDrift = -0.10 + 0.20 * random.nextDouble();
    double meanVolume = 2_000 * StrictMath.exp(random.nextDouble() * StrictMath.log(100));

    double dailyVariance = annualVolatility * annualVolatility / TRADING_DAYS_PER_YEAR;
    double overnightSd = StrictMath.sqrt(OVERNIGHT_SHARE * dailyVariance);
    double[] minuteVariance = intradayVariance((1 - OVERNIGHT_SHARE) * dailyVariance);
    double[] volumeProfile = volumeProfile();
    double driftPerMinute = annualDrift / TRADING_DAYS_PER_YEAR / BARS_PER_SESSION;

    int n = barsPerSymbol();
    long[] seconds = new long[n];
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    LocalDate day = nextBusinessDay(firstDay);
    int bar = 0;
    for (int d = 0; d < businessDays; d++) {
      if (d > 0) {
        logPrice += overnightSd * random.nextGaussian() - 0.5 * OVERNIGHT_SHARE * dailyVariance;
      }
      long sessionStart = BarSeries.toLocalSeconds(LocalDateTime.of(day, SESSION_OPEN));
      for (int m = 0; m < BARS_PER_SESSION; m++, bar++) {
        double stepVariance = minuteVariance[m] / STEPS_PER_BAR;
        double stepSd = StrictMath.sqrt(stepVariance);
        double stepDrift = driftPerMinute / STEPS_PER_BAR - 0.5 * stepVariance;
        double start = logPrice;
        double hi = logPrice;
        double lo = logPrice;
        for (int s = 0; s < STEPS_PER_BAR; s++) {
          logPrice += stepDrift + stepSd * random.nextGaussian();
          hi = Math.max(hi, logPrice);
          lo = Math.min(lo, logPrice);
        }
        seconds[bar] = sessionStart + 60L * m;
        open[bar] = toTick(StrictMath.exp(start));
        high[bar] = toTick(StrictMath.exp(hi));
        low[bar] = toTick(StrictMath.exp(lo));
        close[bar] = toTick(StrictMath.exp(logPrice));
        double surprise = Math.abs(logPrice - start) / StrictMath.sqrt(minuteVariance[m]);
        double noise = StrictMath.exp(0.5 * random.nextGaussian() - 0.125);
        volume[bar] = Math.rint(meanVolume * volumeProfile[m] * noise * (0.7 + 0.3 * surprise));
      }
      day = nextBusinessDay(day.plusDays(1));
    }
    return new BarSeries(symbol, seconds, open, high, low, close, volume);
  }

  /** The nearest multiple of the tick (at least one tick), as the double nearest that decimal when 1/tick is whole. */
  private double toTick(double price) {
    double ticks = Math.max(1, Math.rint(price / tickSize));
    double ticksPerUnit = Math.rint(1 / tickSize);
    return Math.abs(ticksPerUnit * tickSize - 1) < 1e-12 ? ticks / ticksPerUnit : ticks * tickSize;
  }

  /** Per-minute variance with more movement after the open and before the close, summing to {@code sessionVariance}. */
  private static double[] intradayVariance(double sessionVariance) {
    double[] weights = new double[BARS_PER_SESSION];
    double total = 0;
    for (int m = 0; m < BARS_PER_SESSION; m++) {
      double t = (m + 0.5) / BARS_PER_SESSION;
      weights[m] = 1 + 2.5 * StrictMath.exp(-t / 0.06) + 1.0 * StrictMath.exp(-(1 - t) / 0.08);
      total += weights[m];
    }
    for (int m = 0; m < BARS_PER_SESSION; m++) {
      weights[m] *= sessionVariance / total;
    }
    return weights;
  }

  /** Relative volume per minute, mean 1: heavy at the open, a lull at midday, heavy into the close. */
  private static double[] volumeProfile() {
    double[] weights = new double[BARS_PER_SESSION];
    double total = 0;
    for (int m = 0; m < BARS_PER_SESSION; m++) {
      double t = (m + 0.5) / BARS_PER_SESSION;
      weights[m] = 0.6 + 2.0 * StrictMath.exp(-t / 0.08) + 1.5 * StrictMath.exp(-(1 - t) / 0.06);
      total += weights[m];
    }
    for (int m = 0; m < BARS_PER_SESSION; m++) {
      weights[m] *= BARS_PER_SESSION / total;
    }
    return weights;
  }

  static LocalDate nextBusinessDay(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
