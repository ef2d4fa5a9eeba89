package io.quantbeam.models.synthetic;

import io.quantbeam.models.merton.FirmHistory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic daily data for listed firms, for samples and benchmarks of the Merton
 * model. Magnitudes follow real listed firms, in millions of currency units:
 *
 * <ul>
 *   <li>equity value: a geometric Brownian motion from a log-normal starting size (median 2,000),
 *       with a firm-specific annual volatility between 15 % and 80 % and drift 6 % a year;
 *   <li>face value of debt (the default point): a log-normal leverage around 0.5 × equity that
 *       moves by a few per cent each quarter, as balance sheets are reported; about 8 % of firms
 *       carry no debt and about 5 % repay their debt for half a year;
 *   <li>a risk-free rate shared by all firms: a Vasicek process around 3 %, annual decimal yield.
 * </ul>
 *
 * Trading days are weekdays from {@code startDate}. Firm {@code i}'s data depends only on
 * (seed, i), so any subset of firms can be generated anywhere with the same result.
 *
 * <p>By default every firm trades on every day of the calendar. {@link #withStaggeredListings()}
 * makes a panel like CRSP's instead: each firm is listed for one spell inside the calendar, from a
 * few months to the whole calendar (see {@link #listingSpell(long)}).
 */
public final class SyntheticFirmGenerator {

  private static final int DAYS_PER_YEAR = 252;
  private static final int DAYS_PER_QUARTER = 63;

  /** Shortest listing spell in a panel: a quarter of trading days. */
  static final int MIN_SPELL_DAYS = DAYS_PER_QUARTER;
  /**
   * Mean length (trading days) of the exponential part of a listing spell: 2,633 days (10.4
   * years) makes the mean spell in a 30-year calendar 2,542 days, so 24,000 firms have about 61
   * million firm-days, the published study's workload.
   */
  static final double MEAN_SPELL_TAIL_DAYS = 2633;
  /** Separates the listing-spell stream from the firm's path stream (which is unchanged by it). */
  private static final long SPELL_STREAM = 0x5DEECE66DL;

  private final long seed;
  private final long[] epochDays;
  private final double[] riskFreeRate;
  private final boolean staggeredListings;

  /**
   * @param seed the generator's seed
   * @param startDate the first trading day (moved forward to a weekday)
   * @param tradingDays how many trading days each firm has
   */
  public SyntheticFirmGenerator(long seed, LocalDate startDate, int tradingDays) {
    if (tradingDays < 1) {
      throw new IllegalArgumentException("tradingDays must be >= 1, got " + tradingDays);
    }
    this.seed = seed;
    this.epochDays = weekdays(startDate, tradingDays);
    this.riskFreeRate = vasicekRates(new SplittableRandom(mix(seed, -1)), tradingDays);
    this.staggeredListings = false;
  }

  private SyntheticFirmGenerator(SyntheticFirmGenerator calendar, boolean staggeredListings) {
    this.seed = calendar.seed;
    this.epochDays = calendar.epochDays;
    this.riskFreeRate = calendar.riskFreeRate;
    this.staggeredListings = staggeredListings;
  }

  /**
   * The same calendar, rates and firm paths, but each firm listed for one spell of the calendar
   * ({@link #listingSpell(long)}) rather than all of it: an unbalanced panel like CRSP's.
   */
  public SyntheticFirmGenerator withStaggeredListings() {
    return new SyntheticFirmGenerator(this, true);
  }

  /**
   * The trading days (indices into the calendar) on which firm {@code index} is listed, as
   * {@code {first, end}} (end exclusive). Without staggered listings: the whole calendar. With
   * them: a spell of {@value #MIN_SPELL_DAYS} days plus an exponential with mean
   * {@value #MEAN_SPELL_TAIL_DAYS} days, cut at the calendar's length, starting on a uniform day
   * that lets it fit; depends only on (seed, index).
   */
  public int[] listingSpell(long index) {
    int calendar = epochDays.length;
    if (!staggeredListings) {
      return new int[] {0, calendar};
    }
    SplittableRandom random = new SplittableRandom(mix(seed ^ SPELL_STREAM, index));
    double tail = -MEAN_SPELL_TAIL_DAYS * Math.log(1 - random.nextDouble());
    int length = (int) Math.min(calendar, MIN_SPELL_DAYS + Math.floor(tail));
    int first = length == calendar ? 0 : random.nextInt(calendar - length + 1);
    return new int[] {first, first + length};
  }

  public int tradingDays() {
    return epochDays.length;
  }

  /** The shared trading calendar, days since 1970-01-01. */
  public long[] epochDays() {
    return epochDays.clone();
  }

  /** The shared risk-free rate series (annual decimal yield), one value per trading day. */
  public double[] riskFreeRates() {
    return riskFreeRate.clone();
  }

  /** The firm id of firm {@code index}: {@code F} and seven digits. */
  public static String firmId(long index) {
    return String.format("F%07d", index);
  }

  /** Firm {@code index}'s history over its {@link #listingSpell(long)}; depends only on (seed, index). */
  public FirmHistory firm(long index) {
    int[] spell = listingSpell(index);
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    int n = spell[1] - spell[0];
    double sigma = 0.15 + 0.65 * random.nextDouble();
    double drift = 0.06;
    double dailyDrift = (drift - 0.5 * sigma * sigma) / DAYS_PER_YEAR;
    double dailyVol = sigma / Math.sqrt(DAYS_PER_YEAR);
    double equity0 = Math.exp(Math.log(2000) + 1.2 * random.nextGaussian());
    double leverage = Math.exp(Math.log(0.5) + 1.0 * random.nextGaussian());
    boolean neverLevered = random.nextDouble() < 0.08;
    boolean repaysForAWhile = !neverLevered && random.nextDouble() < 0.05;
    int repayStart = random.nextInt(n);
    int repayEnd = repayStart + DAYS_PER_YEAR / 2;

    double[] equity = new double[n];
    double[] debt = new double[n];
    double logEquity = Math.log(equity0);
    double quarterDebt = neverLevered ? 0 : leverage * equity0;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        logEquity += dailyDrift + dailyVol * random.nextGaussian();
        if (t % DAYS_PER_QUARTER == 0 && quarterDebt > 0) {
          quarterDebt *= Math.exp(0.04 * random.nextGaussian());
        }
      }
      equity[t] = Math.exp(logEquity);
      debt[t] = repaysForAWhile && t >= repayStart && t < repayEnd ? 0 : quarterDebt;
    }
    return new FirmHistory(firmId(index), Arrays.copyOfRange(epochDays, spell[0], spell[1]), equity, debt,
        Arrays.copyOfRange(riskFreeRate, spell[0], spell[1]));
  }

  private static long[] weekdays(LocalDate start, int count) {
    long[] days = new long[count];
    LocalDate day = start;
    for (int i = 0; i < count; i++) {
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      days[i] = day.toEpochDay();
      day = day.plusDays(1);
    }
    return days;
  }

  /** Vasicek short rate: dr = 0.15 (0.03 − r) dt + 0.008 dW, floored at 1 bp. */
  private static double[] vasicekRates(SplittableRandom random, int n) {
    double[] rates = new double[n];
    double dt = 1.0 / DAYS_PER_YEAR;
    double r = 0.01 + 0.04 * random.nextDouble();
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        r += 0.15 * (0.03 - r) * dt + 0.008 * Math.sqrt(dt) * random.nextGaussian();
      }
      rates[t] = Math.max(r, 1e-4);
    }
    return rates;
  }

  /** A 64-bit mix of (seed, index) into a generator seed (SplitMix64 finaliser). */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
