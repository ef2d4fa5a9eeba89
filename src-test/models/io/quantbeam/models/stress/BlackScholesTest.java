package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlackScholesTest {

  @Test
  void matchesReferenceValues() {
    // At the money, 1 year (values from the closed form evaluated in high precision).
    assertEquals(10.450583572185567, BlackScholes.price(OptionType.CALL, 100, 100, 0.05, 0.2, 1), 1e-12);
    assertEquals(5.573526022256968, BlackScholes.price(OptionType.PUT, 100, 100, 0.05, 0.2, 1), 1e-12);
    // Hull, Options, Futures and Other Derivatives, example 15.6: S=42, K=40, r=10 %, σ=20 %, T=0.5.
    assertEquals(4.759422392871533, BlackScholes.price(OptionType.CALL, 42, 40, 0.1, 0.2, 0.5), 1e-12);
    assertEquals(0.8085993729000936, BlackScholes.price(OptionType.PUT, 42, 40, 0.1, 0.2, 0.5), 1e-12);
  }

  @Test
  void satisfiesPutCallParity() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      double s = random.nextDouble(1, 500);
      double k = random.nextDouble(1, 500);
      double r = random.nextDouble(-0.02, 0.1);
      double sigma = random.nextDouble(0.01, 1.5);
      double t = random.nextDouble(0.01, 10);
      double call = BlackScholes.price(OptionType.CALL, s, k, r, sigma, t);
      double put = BlackScholes.price(OptionType.PUT, s, k, r, sigma, t);
      assertEquals(s - k * Math.exp(-r * t), call - put, 1e-12 * Math.max(s, k), "case " + i);
    }
  }

  @Test
  void zeroStrikeCallIsTheSpotAndPutIsWorthless() {
    assertEquals(100, BlackScholes.price(OptionType.CALL, 100, 0, 0.05, 0.2, 1), 0.0);
    assertEquals(0, BlackScholes.price(OptionType.PUT, 100, 0, 0.05, 0.2, 1), 0.0);
  }

  @Test
  void deepInAndOutOfTheMoneyTendToIntrinsicValue() {
    assertEquals(100 - 10 * Math.exp(-0.05), BlackScholes.price(OptionType.CALL, 100, 10, 0.05, 0.1, 1), 1e-12);
    assertEquals(0, BlackScholes.price(OptionType.CALL, 10, 100, 0.05, 0.1, 1), 1e-12);
  }

  @Test
  void optionPricerUsesCurveRateAtExpiryShockedLevelAndFlooredVolatility() {
    MarketData market = TestMarkets.usdEur();
    OptionPosition call = new OptionPosition("O", "B", "EUR", 10, "SX5E", 5000, 1.5, OptionType.CALL);
    MarketState shocked = ScenarioShock.of(Map.of("EQUITY_SX5E", -0.1, "VOL_SX5E", -0.3, "RATE_EUR_1Y", 0.004))
        .applyTo(market);
    double rate = 0.5 * (0.027 + 0.004) + 0.5 * 0.024;
    double expected = 10 * BlackScholes.price(OptionType.CALL, 4900 * 0.9, 5000, rate, 0.01, 1.5);
    assertEquals(expected, EuropeanOptionPricer.value(call, shocked), 1e-12);
    // The floor applies in the base state too: VOL_SX5E = 0.005 is read as 0.01.
    double base = 10 * BlackScholes.price(OptionType.CALL, 4900, 5000, 0.5 * 0.027 + 0.5 * 0.024, 0.01, 1.5);
    assertEquals(base, EuropeanOptionPricer.value(call, MarketState.base(market)), 1e-12);
  }
}
