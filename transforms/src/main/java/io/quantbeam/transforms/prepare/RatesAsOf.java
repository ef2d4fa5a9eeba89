package io.quantbeam.transforms.prepare;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A daily rate series (FRED's DGS1 after conversion to decimals) looked up as of a day: the last
 * published value on or before it, if at most {@code maxStaleDays} calendar days old. FRED leaves
 * bond-market holidays empty ("."), on which stocks may still trade (Columbus Day, Veterans Day):
 * those days take the previous business day's yield.
 */
public final class RatesAsOf implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] days;
  private final double[] rates;
  private final int maxStaleDays;

  /** @param days ascending, distinct (days since 1970-01-01); @param rates annual decimal yields */
  public RatesAsOf(long[] days, double[] rates, int maxStaleDays) {
    if (days.length != rates.length) {
      throw new IllegalArgumentException("days and rates differ in length");
    }
    for (int i = 1; i < days.length; i++) {
      if (days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("rate days must be ascending and distinct");
      }
    }
    this.days = days.clone();
    this.rates = rates.clone();
    this.maxStaleDays = maxStaleDays;
  }

  /** The rate in force on {@code day}, or NaN if none was published in the {@code maxStaleDays} before it. */
  public double at(long day) {
    int i = Arrays.binarySearch(days, day);
    if (i < 0) {
      i = -i - 2; // the last day before
    }
    return i >= 0 && day - days[i] <= maxStaleDays ? rates[i] : Double.NaN;
  }

  public int size() {
    return days.length;
  }
}
