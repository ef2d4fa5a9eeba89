package io.quantbeam.models.stress;

import io.quantbeam.models.math.NormalDistribution;

/**
 * Black–Scholes price of one European option on a non-dividend-paying underlying.
 *
 * <p>Inputs: spot S and strike K in the same currency units, r the continuously compounded zero
 * rate to expiry (decimal, annualised), σ the annualised volatility (decimal, &gt; 0), T the time to
 * expiry in years (&gt; 0). The price is in the units of S. A zero strike gives the call the value
 * S and the put 0.
 */
public final class BlackScholes {

  private BlackScholes() {}

  public static double price(OptionType type, double spot, double strike, double rate, double volatility,
      double expiryYears) {
    if (strike == 0) {
      return type == OptionType.CALL ? spot : 0;
    }
    double stdDev = volatility * Math.sqrt(expiryYears);
    double discountedStrike = strike * Math.exp(-rate * expiryYears);
    double d1 = (Math.log(spot / strike) + (rate + 0.5 * volatility * volatility) * expiryYears) / stdDev;
    double d2 = d1 - stdDev;
    return type == OptionType.CALL
        ? spot * NormalDistribution.cdf(d1) - discountedStrike * NormalDistribution.cdf(d2)
        : discountedStrike * NormalDistribution.cdf(-d2) - spot * NormalDistribution.cdf(-d1);
  }
}
