package io.quantbeam.models.stress;

/**
 * A bond's cash flows in increasing time, with each time already located on the tenor grid, so
 * that discounting in a scenario needs no search: everything here is independent of the scenario.
 * Times in years, amounts in the bond's currency. Arrays are owned by the schedule; read only.
 */
public record CashFlowSchedule(double[] times, double[] amounts, int[] lower, double[] lowerWeight,
    double[] upperWeight) {

  /** Cash flows are at maturity − k/frequency for k = 0, 1, … while that time exceeds this. */
  public static final double LAST_TIME_EPSILON = 1e-9;

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
    for (int k = 0; k < count; k++) {
      int i = count - 1 - k;
      double t = maturity - (double) k / frequency;
      CurvePoint point = CurvePoint.locate(nodeTimes, t);
      times[i] = t;
      amounts[i] = k == 0 ? couponAmount + bond.notional() : couponAmount;
      lower[i] = point.lower();
      lowerWeight[i] = point.lowerWeight();
      upperWeight[i] = point.upperWeight();
    }
    return new CashFlowSchedule(times, amounts, lower, lowerWeight, upperWeight);
  }

  public int size() {
    return times.length;
  }
}
