package io.quantbeam.transforms.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DefaultPointAsOfTest {

  private static final long NEVER = Long.MAX_VALUE;

  @Test
  void aQuarterIsUsedFromItsValidFromDayOnAndCarriedForward() {
    long[] days = {99, 100, 101, 150, 199, 200, 300};
    double[] asOf = DefaultPointAsOf.asOf(days, new long[] {10, 110}, new long[] {100, 200}, new long[] {NEVER, NEVER},
        new double[] {5, 7}, new int[] {0, 1});
    assertArrayEquals(new double[] {Double.NaN, 5, 5, 5, 5, 7, 7}, asOf);
  }

  @Test
  void noQuarterOutsideItsLinkSoALinkGapHasNoDefaultPoint() {
    // the same quarter under two links: days 100–120 and 200 on; the gap between has none
    long[] days = {110, 120, 121, 199, 200};
    double[] asOf = DefaultPointAsOf.asOf(days, new long[] {10, 10}, new long[] {100, 200}, new long[] {120, NEVER},
        new double[] {5, 5}, new int[] {0, 1});
    assertArrayEquals(new double[] {5, 5, Double.NaN, Double.NaN, 5}, asOf);
  }

  @Test
  void theLatestDatadateWinsAndAnExpiredNewerQuarterGivesWayToAnOlderOne() {
    // quarter A (datadate 10) valid throughout; quarter B (datadate 20, newer) valid 50–60 only
    long[] days = {40, 55, 61};
    double[] asOf = DefaultPointAsOf.asOf(days, new long[] {10, 20}, new long[] {30, 50}, new long[] {NEVER, 60},
        new double[] {1, 2}, new int[] {0, 1});
    assertArrayEquals(new double[] {1, 2, 1}, asOf);
  }

  @Test
  void betweenRowsOfTheSameDatadateTheEarlierByFileAndLineWins() {
    double[] asOf = DefaultPointAsOf.asOf(new long[] {100}, new long[] {10, 10}, new long[] {50, 50},
        new long[] {NEVER, NEVER}, new double[] {1, 2}, new int[] {1, 0});
    assertEquals(2, asOf[0]);
  }

  @Test
  void ratesAsOfCarryOverHolidaysButNotForever() {
    RatesAsOf rates = new RatesAsOf(new long[] {100, 101, 104}, new double[] {0.01, 0.02, 0.03}, 10);
    assertEquals(Double.NaN, rates.at(99));
    assertEquals(0.02, rates.at(103)); // a "." day: the previous yield
    assertEquals(0.03, rates.at(114));
    assertEquals(Double.NaN, rates.at(115));
  }
}
