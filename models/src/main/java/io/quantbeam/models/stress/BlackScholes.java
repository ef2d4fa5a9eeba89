package io.quantbeam.models.stress;

import org.apache.commons.math3.special.Erf;

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
    double stdDev = volatility * Math.sqrt(expiryYears);
    double discountedStrike = strike * Math.exp(-rate * expiryYears);
    if (strike == 0) {
      return type == OptionType.CALL ? spot : 0;
    }
    double d1 = (Math.log(spot / strike) + (rate + 0.5 * volatility * volatility) * expiryYears) / stdDev;
    double d2 = d1 - stdDev;
    return type == OptionType.CALL
        ? spot * normalCdf(d1) - discountedStrike * normalCdf(d2)
        : discountedStrike * normalCdf(-d2) - spot * normalCdf(-d1);
  }

  /** Φ(x). Kept behind one method so the implementation can be swapped for a faster one. */
  private static double normalCdf(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }
}
