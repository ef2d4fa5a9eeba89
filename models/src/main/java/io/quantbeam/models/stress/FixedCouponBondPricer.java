package io.quantbeam.models.stress;

/**
 * Values a {@link BondPosition}: Σ_k CF_k·exp(−(z(t_k) + s)·t_k), the dirty price without accrual,
 * in the bond's currency, where z is the currency's zero curve and s the rating's spread.
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
    double[] times = schedule.times();
    double[] amounts = schedule.amounts();
    int[] lower = schedule.lower();
    double[] lowerWeight = schedule.lowerWeight();
    double[] upperWeight = schedule.upperWeight();
    double pv = 0;
    for (int k = 0; k < times.length; k++) {
      int node = offset + lower[k];
      double zero = tenorRates[node] * lowerWeight[k] + tenorRates[node + 1] * upperWeight[k];
      pv += amounts[k] * Math.exp(-(zero + spread) * times[k]);
    }
    return pv;
  }
}
