package io.quantbeam.models.stress;

import java.util.List;
import java.util.TreeMap;

/**
 * A realistic market for samples and benchmarks, deterministic from a seed: USD base; USD, EUR,
 * GBP, JPY and CHF zero curves of Nelson–Siegel shape at levels like late 2024's; credit spreads
 * for six rating buckets; six equity indices with their implied volatilities; four FX rates. The
 * seed moves curve levels by up to ±15 bp, spreads, index levels and volatilities by up to ±5 %.
 */
public final class SampleMarket {

  public static final String BASE_CURRENCY = "USD";
  public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF");
  public static final List<String> RATINGS = List.of("AAA", "AA", "A", "BBB", "BB", "B");

  /** An equity index: its name, currency, level, implied volatility and daily return volatility. */
  public record Index(String name, String currency, double level, double volatility, double dailyVolatility) {}

  public static final List<Index> INDICES = List.of(
      new Index("SPX", "USD", 5000, 0.16, 0.011),
      new Index("NDX", "USD", 17500, 0.21, 0.014),
      new Index("SX5E", "EUR", 4900, 0.18, 0.012),
      new Index("UKX", "GBP", 8200, 0.14, 0.0095),
      new Index("NKY", "JPY", 38000, 0.20, 0.013),
      new Index("SMI", "CHF", 11500, 0.14, 0.009));

  // Nelson–Siegel β0, β1, β2 with τ = 2 years, per currency in CURRENCIES order.
  private static final double[][] NELSON_SIEGEL = {
      {0.0420, 0.0030, -0.0100},
      {0.0270, 0.0020, -0.0080},
      {0.0430, 0.0040, -0.0060},
      {0.0160, -0.0140, 0.0000},
      {0.0100, -0.0050, -0.0040}};
  private static final double[] SPREADS = {0.0035, 0.0055, 0.0085, 0.0140, 0.0280, 0.0450};
  private static final double[] FX = {1.0, 1.08, 1.27, 0.0067, 1.12};

  private SampleMarket() {}

  public static MarketData generate(long seed) {
    SeededRandom random = new SeededRandom(seed, 1);
    TreeMap<String, Double> factors = new TreeMap<>();
    for (int c = 0; c < CURRENCIES.size(); c++) {
      String ccy = CURRENCIES.get(c);
      double[] ns = NELSON_SIEGEL[c];
      double shift = random.uniform(-0.0015, 0.0015);
      for (Tenor t : Tenor.values()) {
        factors.put(FactorIds.rate(ccy, t), round(nelsonSiegel(ns, t.years()) + shift, 6));
      }
      if (!ccy.equals(BASE_CURRENCY)) {
        factors.put(FactorIds.fx(ccy), round(FX[c] * random.uniform(0.95, 1.05), 6));
      }
    }
    for (int r = 0; r < RATINGS.size(); r++) {
      factors.put(FactorIds.spread(RATINGS.get(r)), round(SPREADS[r] * random.uniform(0.95, 1.05), 6));
    }
    for (Index index : INDICES) {
      factors.put(FactorIds.equity(index.name()), round(index.level() * random.uniform(0.95, 1.05), 2));
      factors.put(FactorIds.volatility(index.name()), round(index.volatility() * random.uniform(0.95, 1.05), 4));
    }
    return new MarketData(BASE_CURRENCY, factors);
  }

  private static double nelsonSiegel(double[] beta, double t) {
    double x = t / 2.0;
    double loading = (1 - Math.exp(-x)) / x;
    return beta[0] + beta[1] * loading + beta[2] * (loading - Math.exp(-x));
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.rint(value * scale) / scale;
  }
}
