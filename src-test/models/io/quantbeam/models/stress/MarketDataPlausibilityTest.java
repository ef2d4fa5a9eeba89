package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rates and spreads in percent are told apart from decimals before any scenario is priced. */
class MarketDataPlausibilityTest {

  @Test
  void decimalRatesAndSpreadsPass() {
    assertDoesNotThrow(() -> new MarketData("USD", new TreeMap<>(Map.of("RATE_USD_5Y", 0.0266, "SPREAD_BBB", 0.015,
        "RATE_EUR_1Y", -0.005))));
  }

  @Test
  void aRateInPercentIsAnErrorWithTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MarketData("USD", new TreeMap<>(Map.of("RATE_USD_5Y", 2.66))));
    assertTrue(e.getMessage().contains("RATE_USD_5Y is 2.66") && e.getMessage().contains("divide"), e.getMessage());
  }

  @Test
  void aSpreadInPercentIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("SPREAD_BBB", 1.5))));
  }
}
