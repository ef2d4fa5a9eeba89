package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PositionValidationTest {

  private static void rejected(String expectedFragment, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertTrue(e.getMessage().contains("P7"), e.getMessage());
    assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
  }

  @Test
  void rejectsEachBadFieldNamingThePosition() {
    rejected("spot", () -> new EquityPosition("P7", "B", "USD", 10, Double.NaN, "SPX", 1));
    rejected("beta", () -> new EquityPosition("P7", "B", "USD", 10, 100, "SPX", Double.POSITIVE_INFINITY));
    rejected("equity", () -> new EquityPosition("P7", "B", "USD", 10, 100, "", 1));
    rejected("frequency", () -> new BondPosition("P7", "B", "USD", 100, 0.05, 3, 5, "AA"));
    rejected("maturity_years", () -> new BondPosition("P7", "B", "USD", 100, 0.05, 2, 0, "AA"));
    rejected("maturity_years", () -> new BondPosition("P7", "B", "USD", 100, 0.05, 2, -1, "AA"));
    rejected("rating", () -> new BondPosition("P7", "B", "USD", 100, 0.05, 2, 5, null));
    rejected("strike", () -> new OptionPosition("P7", "B", "USD", 1, "SPX", -1, 1, OptionType.CALL));
    rejected("expiry_years", () -> new OptionPosition("P7", "B", "USD", 1, "SPX", 100, 0, OptionType.CALL));
    rejected("call_put", () -> new OptionPosition("P7", "B", "USD", 1, "SPX", 100, 1, null));
    rejected("amount", () -> new CashPosition("P7", "B", "USD", Double.NaN));
    rejected("book", () -> new CashPosition("P7", " ", "USD", 1));
  }

  @Test
  void listsTheFactorsAPositionNeeds() {
    assertEquals(List.of("EQUITY_SPX"), new EquityPosition("E", "B", "USD", 1, 1, "SPX", 1).requiredFactors("USD"));
    assertEquals(List.of("FX_EUR"), new CashPosition("C", "B", "EUR", 1).requiredFactors("USD"));
    List<String> bond = new BondPosition("B", "B", "EUR", 1, 0, 1, 1, "BBB").requiredFactors("USD");
    assertEquals(12, bond.size());
    assertTrue(bond.containsAll(List.of("RATE_EUR_3M", "RATE_EUR_30Y", "SPREAD_BBB", "FX_EUR")));
  }

  @Test
  void marketRejectsBadFactors() {
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("EQUITY_SPX", -1.0))));
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("FX_USD", 1.0))));
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("RATE_USD_4Y", 0.01))));
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("CREDIT_X", 0.01))));
    assertThrows(IllegalArgumentException.class, () -> new MarketData("USD", new TreeMap<>(Map.of("VOL_SPX", Double.NaN))));
  }

  @Test
  void shocksFollowTheirKindsRules() {
    MarketData market = TestMarkets.usdEur();
    MarketState state = ScenarioShock.of(Map.of("EQUITY_SPX", 0.1, "VOL_SPX", -0.5, "FX_EUR", -0.05, "RATE_USD_1Y", -0.05))
        .applyTo(market);
    assertEquals(5500, state.equityLevel("SPX"), 1e-9);
    assertEquals(0.1, state.equityReturn("SPX"), 0.0);
    assertEquals(FactorKind.VOLATILITY_FLOOR, state.volatility("SPX"), 0.0);
    assertEquals(1.08 * 0.95, state.fxRate("EUR"), 1e-15);
    assertEquals(1.0, state.fxRate("USD"), 0.0);
    assertEquals(0.044 - 0.05, state.zeroCurve("USD").rate(1), 1e-17);
    assertThrows(IllegalArgumentException.class, () -> ScenarioShock.of(Map.of("EQUITY_SPX", -1.0)));
    assertThrows(IllegalArgumentException.class, () -> ScenarioShock.of(Map.of("FX_EUR", Double.NaN)));
    assertThrows(IllegalArgumentException.class, () -> ScenarioShock.of(Map.of("EQUITY_DAX", 0.1)).applyTo(market));
  }

  @Test
  void equityValueIsQuantityTimesSpotTimesBetaMove() {
    MarketData market = TestMarkets.usdEur();
    EquityPosition stock = new EquityPosition("E", "B", "EUR", 200, 31.5, "SX5E", 1.3);
    MarketState state = ScenarioShock.of(Map.of("EQUITY_SX5E", -0.08, "FX_EUR", 0.02)).applyTo(market);
    assertEquals(200 * 31.5 * (1 - 1.3 * 0.08), EquityPricer.value(stock, state), 1e-9);
    assertEquals(200 * 31.5 * (1 - 1.3 * 0.08) * 1.08 * 1.02, PositionValuer.valueInBase(stock, state), 1e-9);
  }
}
