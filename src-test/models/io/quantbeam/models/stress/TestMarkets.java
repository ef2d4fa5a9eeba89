package io.quantbeam.models.stress;

import java.util.TreeMap;

/** Small markets for tests: USD base with a sloped curve, EUR with its own curve and FX. */
final class TestMarkets {

  static final double[] USD_RATES = {0.045, 0.046, 0.044, 0.041, 0.040, 0.039, 0.0395, 0.040, 0.042, 0.041};
  static final double[] EUR_RATES = {0.030, 0.029, 0.027, 0.024, 0.0235, 0.024, 0.025, 0.026, 0.028, 0.027};

  private TestMarkets() {}

  static MarketData usdEur() {
    TreeMap<String, Double> f = new TreeMap<>();
    Tenor[] tenors = Tenor.values();
    for (int i = 0; i < tenors.length; i++) {
      f.put(FactorIds.rate("USD", tenors[i]), USD_RATES[i]);
      f.put(FactorIds.rate("EUR", tenors[i]), EUR_RATES[i]);
    }
    f.put("SPREAD_AA", 0.006);
    f.put("SPREAD_BBB", 0.0145);
    f.put("EQUITY_SPX", 5000.0);
    f.put("EQUITY_SX5E", 4900.0);
    f.put("VOL_SPX", 0.18);
    f.put("VOL_SX5E", 0.005);
    f.put("FX_EUR", 1.08);
    return new MarketData("USD", f);
  }
}
