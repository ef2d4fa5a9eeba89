package io.quantbeam.models.stress;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A block of market states in columns, the array form of {@link MarketState}: for each market
 * quantity the portfolio needs, its value in every scenario of a {@link ShockBlock}. Curves are
 * scenario-major ({@code curves[c][i·10 + tenor]}) so that a pricer reads one scenario's curve as a
 * contiguous slice; every other quantity is one array per name. Values follow {@link FactorKind}
 * exactly as {@link MarketState} does, so array and object pricing agree to the last bit.
 */
public final class ShockedMarket {

  private static final int TENORS = Tenor.count();

  private final int size;
  private final double[][] curves;
  private final double[][] spreads;
  private final double[][] equityReturns;
  private final double[][] equityLevels;
  private final double[][] volatilities;
  private final double[][] fxRates;

  private ShockedMarket(int size, double[][] curves, double[][] spreads, double[][] equityReturns,
      double[][] equityLevels, double[][] volatilities, double[][] fxRates) {
    this.size = size;
    this.curves = curves;
    this.spreads = spreads;
    this.equityReturns = equityReturns;
    this.equityLevels = equityLevels;
    this.volatilities = volatilities;
    this.fxRates = fxRates;
  }

  public int size() {
    return size;
  }

  /** Scenario-major tenor rates of curve {@code index}: scenario i's curve starts at i·10. */
  public double[] curve(int index) {
    return curves[index];
  }

  public double[] spread(int index) {
    return spreads[index];
  }

  /** The shock x of the equity index: its relative move from the base level. */
  public double[] equityReturn(int index) {
    return equityReturns[index];
  }

  public double[] equityLevel(int index) {
    return equityLevels[index];
  }

  public double[] volatility(int index) {
    return volatilities[index];
  }

  public double[] fxRate(int index) {
    return fxRates[index];
  }

  /**
   * Which quantities to build, registered once per portfolio (each registration returns the
   * index to read the quantity with), and where their shocks are in a block's layout.
   */
  public static final class Plan {
    private final MarketData market;
    private final Map<String, Integer> shockColumns;
    private final Map<String, Integer> curveIndex = new LinkedHashMap<>();
    private final Map<String, Integer> spreadIndex = new LinkedHashMap<>();
    private final Map<String, Integer> equityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> volatilityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> fxIndex = new LinkedHashMap<>();

    public Plan(MarketData market, ScenarioLayout layout) {
      layout.requireIn(market, "the scenarios");
      this.market = market;
      this.shockColumns = layout.columns();
    }

    public int curve(String currency) {
      for (Tenor t : Tenor.values()) {
        market.factor(FactorIds.rate(currency, t));
      }
      return register(curveIndex, currency);
    }

    /** A rating bucket's spread, or {@link BondPosition#NO_RATING} for a spread of 0. */
    public int spread(String rating) {
      if (!BondPosition.NO_RATING.equals(rating)) {
        market.factor(FactorIds.spread(rating));
      }
      return register(spreadIndex, rating);
    }

    /** The index's return and level (one index for both). */
    public int equity(String name) {
      market.factor(FactorIds.equity(name));
      return register(equityIndex, name);
    }

    public int volatility(String name) {
      market.factor(FactorIds.volatility(name));
      return register(volatilityIndex, name);
    }

    /** Units of base currency per unit of {@code currency}; constant 1 for the base currency. */
    public int fx(String currency) {
      if (!currency.equals(market.baseCurrency())) {
        market.factor(FactorIds.fx(currency));
      }
      return register(fxIndex, currency);
    }

    private static int register(Map<String, Integer> index, String name) {
      return index.computeIfAbsent(name, k -> index.size());
    }

    /** The market states of every scenario in {@code block}. */
    public ShockedMarket apply(ShockBlock block) {
      int n = block.size();
      double[][] curves = new double[curveIndex.size()][];
      for (Map.Entry<String, Integer> e : curveIndex.entrySet()) {
        double[] rates = new double[n * TENORS];
        Tenor[] tenors = Tenor.values();
        for (int t = 0; t < TENORS; t++) {
          double[] column = column(FactorIds.rate(e.getKey(), tenors[t]), block);
          for (int i = 0; i < n; i++) {
            rates[i * TENORS + t] = column[i];
          }
        }
        curves[e.getValue()] = rates;
      }
      double[][] spreads = columns(spreadIndex, block, name ->
          BondPosition.NO_RATING.equals(name) ? null : FactorIds.spread(name), 0);
      double[][] levels = columns(equityIndex, block, FactorIds::equity, Double.NaN);
      double[][] returns = new double[equityIndex.size()][];
      for (Map.Entry<String, Integer> e : equityIndex.entrySet()) {
        Integer column = shockColumns.get(FactorIds.equity(e.getKey()));
        returns[e.getValue()] = column == null ? new double[n] : block.shocks()[column];
      }
      double[][] vols = columns(volatilityIndex, block, FactorIds::volatility, Double.NaN);
      double[][] fx = columns(fxIndex, block, ccy ->
          ccy.equals(market.baseCurrency()) ? null : FactorIds.fx(ccy), 1);
      return new ShockedMarket(n, curves, spreads, returns, levels, vols, fx);
    }

    private double[][] columns(Map<String, Integer> index, ShockBlock block,
        Function<String, String> factorId, double valueWithoutFactor) {
      double[][] out = new double[index.size()][];
      for (Map.Entry<String, Integer> e : index.entrySet()) {
        String id = factorId.apply(e.getKey());
        out[e.getValue()] = id == null ? constant(block.size(), valueWithoutFactor) : column(id, block);
      }
      return out;
    }

    /** A factor's value per scenario: the kind's shock rule on the base value (shock 0 if not in the block). */
    private double[] column(String factorId, ShockBlock block) {
      FactorKind kind = FactorKind.of(factorId);
      double base = market.factor(factorId);
      int n = block.size();
      double[] out = new double[n];
      Integer column = shockColumns.get(factorId);
      if (column == null) {
        double value = kind.apply(base, 0);
        for (int i = 0; i < n; i++) {
          out[i] = value;
        }
      } else {
        double[] x = block.shocks()[column];
        for (int i = 0; i < n; i++) {
          out[i] = kind.apply(base, x[i]);
        }
      }
      return out;
    }

    private static double[] constant(int n, double value) {
      double[] out = new double[n];
      Arrays.fill(out, value);
      return out;
    }
  }
}
