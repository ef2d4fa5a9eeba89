package io.quantbeam.models.stress;

/**
 * Values an {@link OptionPosition}: quantity·BlackScholes(S, K, z(T), σ, T) in the option's
 * currency, with S the index level, z the currency's zero curve and σ the index's floored flat
 * volatility.
 */
public final class EuropeanOptionPricer {

  private EuropeanOptionPricer() {}

  public static double value(OptionPosition option, MarketState market) {
    double rate = market.zeroCurve(option.currency()).rate(option.expiryYears());
    return option.quantity() * BlackScholes.price(option.callPut(), market.equityLevel(option.equity()),
        option.strike(), rate, market.volatility(option.equity()), option.expiryYears());
  }
}
