package io.quantbeam.models.synthetic;

import io.quantbeam.models.merton.FirmHistory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic raw WRDS-style data — CRSP daily stock rows, Compustat quarterly fundamentals, CCM
 * links and FRED's DGS1 — for the firms of {@link SyntheticFirmGenerator}'s panel, with the
 * shapes and gaps of the real files, so that {@code merton-prepare} can be tested and shown
 * without WRDS:
 *
 * <ul>
 *   <li>CRSP: PRC in dollars rounded to cents, negative (a bid/ask midpoint, three decimals) on
 *       about 2 % of days, missing on about 0.3 %; SHROUT in thousands, raised 10 % once mid-listing;
 *       RET a decimal, "C" on the first day, empty after a missing price;
 *   <li>Compustat: a row per calendar quarter end (datadate) from a year before listing to the
 *       last day, DLCQ + ½·DLTTQ equal to the firm's default point, in millions with three
 *       decimals; about 4 % of quarters absent, about 3 % with DLTTQ missing;
 *   <li>links: LC/P from listing to delisting (LINKENDDT null = "E" when still listed); about 5 %
 *       of firms with a half-year gap between two links; about 3 % with an extra non-primary (J) link;
 *   <li>DGS1: every weekday, in percent with two decimals, "." (NaN here) on bond-market holidays
 *       (New Year, Independence Day, Columbus Day, Veterans Day, Christmas) on which stocks trade.
 * </ul>
 *
 * Firm {@code i} has PERMNO 10001 + i and GVKEY 1001 + i; its rows depend only on (seed, i).
 */
public final class SyntheticWrdsData {

  /** A CRSP daily row; {@code price} NaN = missing, {@code ret} as CRSP writes it ("" = missing). */
  public record CrspRow(long permno, long day, double price, long sharesThousands, String ret) {}

  /** A Compustat quarterly row; NaN = missing item. */
  public record FundamentalRow(long gvkey, long datadate, double dlcq, double dlttq) {}

  /** A CCM link row; {@code end} = {@link Long#MAX_VALUE} for "E" (still valid). */
  public record LinkRow(long gvkey, long permno, long start, long end, String linkType, String linkPrimary) {}

  /** A DGS1 row; {@code percent} NaN = "." (no value that day). */
  public record RateRow(long day, double percent) {}

  private static final long RAW_STREAM = 0x3C6EF372FE94F82BL;

  private final long seed;
  private final SyntheticFirmGenerator panel;
  private final long[] calendar;

  public SyntheticWrdsData(long seed, LocalDate startDate, int tradingDays) {
    this.seed = seed;
    this.panel = new SyntheticFirmGenerator(seed, startDate, tradingDays).withStaggeredListings();
    this.calendar = panel.epochDays();
  }

  public static long permno(long firm) {
    return 10001 + firm;
  }

  public static long gvkey(long firm) {
    return 1001 + firm;
  }

  /** The firm's underlying path (equity and default point in millions, the shared rate). */
  public FirmHistory history(long firm) {
    return panel.firm(firm);
  }

  /** CRSP rows of firm {@code firm}, in date order. */
  public List<CrspRow> crsp(long firm) {
    FirmHistory history = panel.firm(firm);
    SplittableRandom random = new SplittableRandom(SyntheticFirmGenerator.mix(seed ^ RAW_STREAM, firm));
    int n = history.size();
    double price0 = Math.exp(Math.log(30) + 0.8 * random.nextGaussian());
    long shares = Math.max(1, Math.round(history.equityValue()[0] * 1000 / price0));
    List<CrspRow> rows = new ArrayList<>(n);
    double previous = Double.NaN;
    for (int t = 0; t < n; t++) {
      if (t == n / 2) {
        shares = Math.round(shares * 1.1); // a seasoned equity offering
      }
      double price = history.equityValue()[t] * 1000 / shares; // millions × 1,000 / thousands of shares = dollars
      double draw = random.nextDouble();
      String ret;
      if (draw < 0.003) {
        rows.add(new CrspRow(permno(firm), history.epochDays()[t], Double.NaN, shares, ""));
        previous = Double.NaN;
        continue;
      }
      double shown = draw < 0.023 ? -Math.round(price * 1000) / 1000.0 : Math.round(price * 100) / 100.0;
      double abs = Math.abs(shown);
      if (t == 0) {
        ret = "C";
      } else if (Double.isNaN(previous)) {
        ret = "";
      } else {
        ret = String.format(java.util.Locale.ROOT, "%.6f", abs / previous - 1);
      }
      rows.add(new CrspRow(permno(firm), history.epochDays()[t], shown, shares, ret));
      previous = abs;
    }
    return rows;
  }

  /** Compustat quarters of firm {@code firm}, by datadate. */
  public List<FundamentalRow> compustat(long firm) {
    FirmHistory history = panel.firm(firm);
    SplittableRandom random = new SplittableRandom(SyntheticFirmGenerator.mix(seed ^ RAW_STREAM ^ 1, firm));
    double currentShare = 0.2 + 0.4 * random.nextDouble();
    long[] days = history.epochDays();
    LocalDate quarterEnd = quarterEndOnOrAfter(LocalDate.ofEpochDay(days[0]).minusYears(1));
    LocalDate last = LocalDate.ofEpochDay(days[days.length - 1]);
    List<FundamentalRow> rows = new ArrayList<>();
    int t = 0;
    while (!quarterEnd.isAfter(last)) {
      long end = quarterEnd.toEpochDay();
      while (t + 1 < days.length && days[t + 1] <= end) {
        t++;
      }
      double defaultPoint = history.faceValueDebt()[t];
      double draw = random.nextDouble();
      if (draw >= 0.04) {
        double dlcq = Math.round(currentShare * defaultPoint * 1000) / 1000.0;
        double dlttq = Math.round(2 * (1 - currentShare) * defaultPoint * 1000) / 1000.0;
        rows.add(new FundamentalRow(gvkey(firm), end, dlcq, draw < 0.07 ? Double.NaN : dlttq));
      }
      quarterEnd = quarterEndOnOrAfter(quarterEnd.plusDays(1));
    }
    return rows;
  }

  /** CCM links of firm {@code firm}. */
  public List<LinkRow> links(long firm) {
    FirmHistory history = panel.firm(firm);
    SplittableRandom random = new SplittableRandom(SyntheticFirmGenerator.mix(seed ^ RAW_STREAM ^ 2, firm));
    long first = history.epochDays()[0];
    long lastDay = history.epochDays()[history.size() - 1];
    long end = lastDay == calendar[calendar.length - 1] ? Long.MAX_VALUE : lastDay;
    List<LinkRow> rows = new ArrayList<>();
    if (random.nextDouble() < 0.05 && lastDay - first > 400) {
      long gapStart = first + (lastDay - first) / 3;
      rows.add(new LinkRow(gvkey(firm), permno(firm), first, gapStart, "LC", "P"));
      rows.add(new LinkRow(gvkey(firm), permno(firm), gapStart + 183, end, "LU", "P"));
    } else {
      rows.add(new LinkRow(gvkey(firm), permno(firm), first, end, "LC", "P"));
    }
    if (random.nextDouble() < 0.03) {
      rows.add(new LinkRow(gvkey(firm) + 500_000, permno(firm), first, end, "LC", "J"));
    }
    return rows;
  }

  /** DGS1 rows for every weekday of the calendar. */
  public List<RateRow> dgs1() {
    double[] rates = panel.riskFreeRates();
    List<RateRow> rows = new ArrayList<>(calendar.length);
    for (int t = 0; t < calendar.length; t++) {
      LocalDate day = LocalDate.ofEpochDay(calendar[t]);
      rows.add(new RateRow(calendar[t], bondHoliday(day) ? Double.NaN : Math.round(rates[t] * 10000) / 100.0));
    }
    return rows;
  }

  static boolean bondHoliday(LocalDate day) {
    Month month = day.getMonth();
    int dom = day.getDayOfMonth();
    return (month == Month.JANUARY && dom == 1) || (month == Month.JULY && dom == 4)
        || (month == Month.DECEMBER && dom == 25) || (month == Month.NOVEMBER && dom == 11)
        || day.equals(day.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)))
            && month == Month.OCTOBER;
  }

  private static LocalDate quarterEndOnOrAfter(LocalDate day) {
    int quarterLastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
    return LocalDate.of(day.getYear(), quarterLastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
  }
}
