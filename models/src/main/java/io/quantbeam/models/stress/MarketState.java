package io.quantbeam.models.stress;

import java.util.Objects;

/**
 * The market a pricer sees: a base market under one scenario's perturbation. Immutable; reading a
 * quantity applies the factor's shock rule ({@link FactorKind#apply}). The base state is the base
 * market under {@link ScenarioShock#NONE} (volatility floor included).
 */
public record MarketState(MarketData market, ScenarioShock shock) {

  public MarketState {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(shock, "shock");
    for (String id : shock.shocks().keySet()) {
      if (!market.has(id)) {
        throw new IllegalArgumentException("scenario shocks factor " + id + ", which the market lacks");
      }
    }
  }

  public static MarketState base(MarketData market) {
    return new MarketState(market, ScenarioShock.NONE);
  }

  public String baseCurrency() {
    return market.baseCurrency();
  }

  /** A factor's value in this state. */
  public double factor(String factorId) {
    return FactorKind.of(factorId).apply(market.factor(factorId), shock.shock(factorId));
  }

  /** The currency's shocked zero curve on the ten tenors. */
  public ZeroCurve zeroCurve(String currency) {
    Tenor[] tenors = Tenor.values();
    double[] rates = new double[tenors.length];
    for (int i = 0; i < tenors.length; i++) {
      rates[i] = factor(FactorIds.rate(currency, tenors[i]));
    }
    return ZeroCurve.onTenors(rates);
  }

  /** The credit spread of a rating bucket; 0 for {@link BondPosition#NO_RATING}. */
  public double spread(String rating) {
    return BondPosition.NO_RATING.equals(rating) ? 0 : factor(FactorIds.spread(rating));
  }

  /** Relative move of the equity index since the base market: the scenario's shock x. */
  public double equityReturn(String name) {
    String id = FactorIds.equity(name);
    market.factor(id);
    return shock.shock(id);
  }

  public double equityLevel(String name) {
    return factor(FactorIds.equity(name));
  }

  /** Flat implied volatility, floored at 1 %. */
  public double volatility(String name) {
    return factor(FactorIds.volatility(name));
  }

  /** Units of base currency per one unit of {@code currency}; 1 for the base currency. */
  public double fxRate(String currency) {
    return currency.equals(market.baseCurrency()) ? 1 : factor(FactorIds.fx(currency));
  }
}
