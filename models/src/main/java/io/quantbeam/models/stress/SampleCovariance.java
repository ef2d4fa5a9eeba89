package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A realistic, positive definite covariance of every factor of a {@link SampleMarket}, over a
 * horizon of whole days (daily covariance × days), deterministic from a seed.
 *
 * <p>Daily volatilities: rates 2–8 bp by currency and tenor, spreads 0.8–10 bp by rating, equity
 * indices 0.9–1.4 %, implied volatilities about 5 % of their level, FX 0.5–0.65 %; the seed
 * scales each by up to ±10 %. Correlations come from loadings on eleven common drivers — a global
 * rate level, one rate level per currency, a curve slope, global equity, credit, the dollar and
 * risk aversion — plus an idiosyncratic part that makes each factor's variance whole: Σ = S(BBᵀ +
 * D)S with D &gt; 0 diagonal, positive definite by construction. The result: adjacent tenors
 * correlate about 0.9, 3M against 30Y about 0.6, one tenor across currencies 0.2–0.5, equity
 * indices 0.5–0.7, an index against its volatility about −0.55, spreads against equities −0.2 to
 * −0.4.
 */
public final class SampleCovariance {

  private static final int GLOBAL_RATES = 0;
  private static final int LOCAL_RATES = 1;
  private static final int SLOPE = 6;
  private static final int EQUITY = 7;
  private static final int CREDIT = 8;
  private static final int DOLLAR = 9;
  private static final int RISK_OFF = 10;
  private static final int DRIVERS = 11;

  private static final double[] USD_RATE_VOL_BP = {4, 5, 6, 7.5, 7.5, 7.5, 7.3, 7, 6.5, 6.3};
  private static final double[] CURRENCY_RATE_VOL_SCALE = {1, 0.85, 1.05, 0.35, 0.5};
  private static final double[] SPREAD_VOL_BP = {0.8, 1, 1.5, 2.5, 6, 10};
  // Per currency: loadings on the dollar, global equity and risk aversion; daily volatility.
  private static final Map<String, double[]> FX_PROFILES = Map.of(
      "EUR", new double[] {0.75, 0.1, 0, 0.005},
      "GBP", new double[] {0.65, 0.1, 0, 0.0055},
      "JPY", new double[] {0.5, 0, 0.35, 0.0065},
      "CHF", new double[] {0.7, 0, 0.2, 0.0055});
  private static final double[] DEFAULT_FX_PROFILE = {0.5, 0, 0, 0.006};

  private SampleCovariance() {}

  public static FactorCovariance generate(MarketData market, long seed, int horizonDays) {
    if (horizonDays < 1) {
      throw new IllegalArgumentException("horizon must be at least one day, got " + horizonDays);
    }
    SeededRandom random = new SeededRandom(seed, 2);
    List<String> ids = new ArrayList<>(market.factors().keySet());
    int n = ids.size();
    double[] vol = new double[n];
    double[][] loadings = new double[n][];
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      loadings[i] = new double[DRIVERS];
      vol[i] = dailyVolatility(id, market, loadings[i]) * random.uniform(0.9, 1.1);
    }
    double[][] covariance = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double correlation = 1;
        if (i != j) {
          correlation = 0;
          for (int k = 0; k < DRIVERS; k++) {
            correlation += loadings[i][k] * loadings[j][k];
          }
        }
        double c = vol[i] * vol[j] * correlation * horizonDays;
        covariance[i][j] = c;
        covariance[j][i] = c;
      }
    }
    return new FactorCovariance(new ScenarioLayout(ids), covariance);
  }

  /** Fills the factor's loadings on the common drivers and returns its daily volatility. */
  private static double dailyVolatility(String id, MarketData market, double[] b) {
    FactorKind kind = FactorKind.of(id);
    String name = id.substring(kind.prefix().length());
    switch (kind) {
      case RATE -> {
        String ccy = name.substring(0, name.indexOf('_'));
        Tenor tenor = Tenor.ofLabel(name.substring(name.indexOf('_') + 1));
        int c = currencyIndex(ccy);
        b[GLOBAL_RATES] = ccy.equals("JPY") ? 0.35 : ccy.equals("CHF") ? 0.5 : 0.65;
        b[LOCAL_RATES + Math.min(c, 4)] = ccy.equals("JPY") ? 0.8 : ccy.equals("CHF") ? 0.7 : 0.6;
        b[SLOPE] = 0.3 * Math.max(-1, Math.min(1, Math.log(tenor.years() / 3) / Math.log(10)));
        b[EQUITY] = 0.15;
        return USD_RATE_VOL_BP[tenor.ordinal()] * CURRENCY_RATE_VOL_SCALE[Math.min(c, 4)] * 1e-4;
      }
      case SPREAD -> {
        int r = Math.max(0, SampleMarket.RATINGS.indexOf(name));
        b[CREDIT] = 0.75;
        b[EQUITY] = -(0.2 + 0.05 * r);
        b[RISK_OFF] = 0.1;
        return SPREAD_VOL_BP[r] * 1e-4;
      }
      case EQUITY -> {
        SampleMarket.Index index = index(name);
        b[EQUITY] = name.equals("NKY") ? 0.65 : index.currency().equals("USD") || index.currency().equals("EUR") ? 0.8 : 0.75;
        b[RISK_OFF] = -0.3;
        return index.dailyVolatility();
      }
      case VOL -> {
        b[RISK_OFF] = 0.7;
        b[EQUITY] = -0.5;
        return 0.055 * market.factor(id);
      }
      case FX -> {
        double[] profile = FX_PROFILES.getOrDefault(name, DEFAULT_FX_PROFILE);
        b[DOLLAR] = profile[0];
        b[EQUITY] = profile[1];
        b[RISK_OFF] = profile[2];
        return profile[3];
      }
      default -> throw new IllegalStateException(id);
    }
  }

  private static int currencyIndex(String ccy) {
    int c = SampleMarket.CURRENCIES.indexOf(ccy);
    return c < 0 ? 0 : c;
  }

  private static SampleMarket.Index index(String name) {
    for (SampleMarket.Index index : SampleMarket.INDICES) {
      if (index.name().equals(name)) {
        return index;
      }
    }
    return new SampleMarket.Index(name, "USD", 1, 0.2, 0.012);
  }
}
