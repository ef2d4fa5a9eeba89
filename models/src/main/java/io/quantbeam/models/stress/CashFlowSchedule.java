package io.quantbeam.models.stress;

import java.util.Arrays;

/**
 * A bond's cash flows in increasing time, with everything about them that does not depend on the
 * scenario precomputed: each time's place on the tenor grid, and the runs the pricer walks with a
 * recurrence instead of one exponential per cash flow. Times in years, amounts in the bond's
 * currency. Arrays are owned by the schedule; read only.
 *
 * <p>A run is up to {@link #MAX_RUN} consecutive cash flows in one piece of the curve (before the
 * first tenor, between two tenors, or beyond the last). Within it the zero rate is linear in t and
 * the times are equally spaced, so the exponent E(t) = (z(t) + s)·t is a quadratic in the cash flow
 * index and exp(−E) follows from three exponentials; see {@link FixedCouponBondPricer}.
 */
public record CashFlowSchedule(double[] times, double[] amounts, int[] lower, double[] lowerWeight,
    double[] upperWeight, int[] runStart, int[] runLength) {

  /** Cash flows are at maturity − k/frequency for k = 0, 1, … while that time exceeds this. */
  public static final double LAST_TIME_EPSILON = 1e-9;
  /** Longest run: bounds the rounding a recurrence accumulates (about run² ulp, here &lt; 1e-13). */
  public static final int MAX_RUN = 16;

  /** The schedule of specs/stress.md: a coupon notional·coupon/frequency per period, notional at maturity. */
  public static CashFlowSchedule of(BondPosition bond) {
    double maturity = bond.maturityYears();
    int frequency = bond.frequency();
    int count = 0;
    while (maturity - (double) count / frequency > LAST_TIME_EPSILON) {
      count++;
    }
    double couponAmount = bond.notional() * bond.coupon() / frequency;
    double[] nodeTimes = Tenor.times();
    double[] times = new double[count];
    double[] amounts = new double[count];
    int[] lower = new int[count];
    double[] lowerWeight = new double[count];
    double[] upperWeight = new double[count];
    int[] region = new int[count];
    for (int k = 0; k < count; k++) {
      int i = count - 1 - k;
      double t = maturity - (double) k / frequency;
      CurvePoint point = CurvePoint.locate(nodeTimes, t);
      times[i] = t;
      amounts[i] = k == 0 ? couponAmount + bond.notional() : couponAmount;
      lower[i] = point.lower();
      lowerWeight[i] = point.lowerWeight();
      upperWeight[i] = point.upperWeight();
      region[i] = t <= nodeTimes[0] ? -1 : t >= nodeTimes[nodeTimes.length - 1] ? nodeTimes.length - 1 : point.lower();
    }
    int[] runStart = new int[count];
    int[] runLength = new int[count];
    int runs = 0;
    for (int k = 0; k < count; k++) {
      if (runs > 0 && region[k] == region[runStart[runs - 1]] && runLength[runs - 1] < MAX_RUN) {
        runLength[runs - 1]++;
      } else {
        runStart[runs] = k;
        runLength[runs] = 1;
        runs++;
      }
    }
    return new CashFlowSchedule(times, amounts, lower, lowerWeight, upperWeight, Arrays.copyOf(runStart, runs),
        Arrays.copyOf(runLength, runs));
  }

  public int size() {
    return times.length;
  }

  public int runs() {
    return runStart.length;
  }
}
