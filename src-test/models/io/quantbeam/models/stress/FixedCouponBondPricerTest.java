package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedCouponBondPricerTest {

  private final MarketData market = TestMarkets.usdEur();
  private final MarketState base = MarketState.base(market);
  private final ZeroCurve usd = ZeroCurve.onTenors(TestMarkets.USD_RATES);

  @Test
  void zeroCouponBondIsNotionalTimesDiscountFactor() {
    for (double maturity : new double[] {0.1, 0.25, 1.7, 5, 12.3, 30, 42}) {
      BondPosition zero = new BondPosition("Z", "B", "USD", 1_000_000, 0, 1, maturity, BondPosition.NO_RATING);
      assertEquals(1_000_000 * usd.discountFactor(maturity), FixedCouponBondPricer.value(zero, base), 1e-6, "T=" + maturity);
    }
  }

  @Test
  void bondWhoseCouponIsTheParYieldPricesAtPar() {
    for (int frequency : new int[] {1, 2, 4, 12}) {
      for (double maturity : new double[] {1, 3, 7.5, 10, 30}) {
        if (maturity * frequency != Math.rint(maturity * frequency)) {
          continue;
        }
        double spread = 0.0145;
        double annuity = 0;
        for (int k = 1; k <= Math.round(maturity * frequency); k++) {
          double t = (double) k / frequency;
          annuity += Math.exp(-(usd.rate(t) + spread) * t);
        }
        double finalDiscount = Math.exp(-(usd.rate(maturity) + spread) * maturity);
        double parCoupon = frequency * (1 - finalDiscount) / annuity;
        BondPosition par = new BondPosition("P", "B", "USD", 100, parCoupon, frequency, maturity, "BBB");
        assertEquals(100, FixedCouponBondPricer.value(par, base), 1e-11, "f=" + frequency + " T=" + maturity);
      }
    }
  }

  @Test
  void brokenPeriodScheduleCountsBackFromMaturity() {
    BondPosition bond = new BondPosition("S", "B", "USD", 1000, 0.05, 2, 2.3, "AA");
    CashFlowSchedule schedule = CashFlowSchedule.of(bond);
    assertArrayEquals(new double[] {2.3 - 2.0, 2.3 - 1.5, 2.3 - 1.0, 2.3 - 0.5, 2.3}, schedule.times(), 1e-15);
    assertArrayEquals(new double[] {25, 25, 25, 25, 1025}, schedule.amounts(), 0.0);
    double expected = 0;
    for (int k = 0; k < 5; k++) {
      double t = schedule.times()[k];
      expected += schedule.amounts()[k] * Math.exp(-(usd.rate(t) + 0.006) * t);
    }
    assertEquals(expected, FixedCouponBondPricer.value(bond, base), 1e-12);
  }

  @Test
  void aCashFlowWithinOneNanoYearOfTodayIsDropped() {
    BondPosition bond = new BondPosition("S", "B", "USD", 1000, 0.05, 4, 1.0 + 5e-10, BondPosition.NO_RATING);
    assertEquals(4, CashFlowSchedule.of(bond).size());
  }

  @Test
  void shocksMoveRatesAndSpreadsAdditively() {
    BondPosition zero = new BondPosition("Z", "B", "EUR", 100, 0, 1, 10, "BBB");
    MarketState shocked = ScenarioShock.of(Map.of("RATE_EUR_10Y", 0.01, "SPREAD_BBB", -0.002)).applyTo(market);
    double expected = 100 * Math.exp(-(0.026 + 0.01 + 0.0145 - 0.002) * 10);
    assertEquals(expected, FixedCouponBondPricer.value(zero, shocked), 1e-12);
    // In base currency: times the EUR rate.
    assertEquals(expected * 1.08, PositionValuer.valueInBase(zero, shocked), 1e-12);
  }
}
