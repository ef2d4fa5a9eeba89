package io.quantbeam.models.stress;

/**
 * Values a {@link BondPosition}: Σ_k CF_k·exp(−(z(t_k) + s)·t_k), the dirty price without accrual,
 * in the bond's currency, where z is the currency's zero curve and s the rating's spread.
 *
 * <p>Within a run of the schedule (equally spaced cash flows on one linear piece of the curve) the
 * exponent E_k = (z(t_k) + s)·t_k is a quadratic in k, so with D1 = E_1 − E_0 and
 * D2 = E_2 − 2E_1 + E_0: exp(−E_{k+1}) = exp(−E_k)·ρ_k, ρ_{k+1} = ρ_k·exp(−D2), ρ_0 = exp(−D1).
 * A run costs at most three exponentials, whatever its length; the first three exponents of each
 * run are evaluated by the formula above, so the recurrence adds only a few ulp (runs are at most
 * {@link CashFlowSchedule#MAX_RUN} long). Where an exponential leaves the normal range (rates in
 * the thousands of percent) the run is summed term by term instead.
 */
public final class FixedCouponBondPricer {

  private FixedCouponBondPricer() {}

  public static double value(BondPosition bond, MarketState market) {
    return presentValue(CashFlowSchedule.of(bond), market.zeroCurve(bond.currency()).rates(), 0,
        market.spread(bond.rating()));
  }

  /**
   * Present value of a schedule on the curve whose ten tenor rates are at
   * {@code tenorRates[offset … offset + 9]}, plus a flat spread (decimal).
   */
  public static double presentValue(CashFlowSchedule schedule, double[] tenorRates, int offset, double spread) {
    double[] amounts = schedule.amounts();
    int[] runStart = schedule.runStart();
    int[] runLength = schedule.runLength();
    double pv = 0;
    for (int run = 0; run < runStart.length; run++) {
      int k = runStart[run];
      int end = k + runLength[run];
      double e0 = exponent(schedule, tenorRates, offset, spread, k);
      double factor = Math.exp(-e0);
      pv += amounts[k] * factor;
      if (++k == end) {
        continue;
      }
      double e1 = exponent(schedule, tenorRates, offset, spread, k);
      double ratio = Math.exp(-(e1 - e0));
      double step = k + 1 < end ? Math.exp(-((exponent(schedule, tenorRates, offset, spread, k + 1) - e1) - (e1 - e0))) : 1;
      if (!(normal(factor) && normal(ratio) && normal(step))) {
        for (; k < end; k++) {
          pv += amounts[k] * Math.exp(-exponent(schedule, tenorRates, offset, spread, k));
        }
        continue;
      }
      for (; k < end; k++) {
        factor *= ratio;
        pv += amounts[k] * factor;
        ratio *= step;
      }
    }
    return pv;
  }

  /** (z(t_k) + s)·t_k. */
  private static double exponent(CashFlowSchedule schedule, double[] tenorRates, int offset, double spread, int k) {
    int node = offset + schedule.lower()[k];
    double zero = tenorRates[node] * schedule.lowerWeight()[k] + tenorRates[node + 1] * schedule.upperWeight()[k];
    return (zero + spread) * schedule.times()[k];
  }

  private static boolean normal(double x) {
    return x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE;
  }
}
