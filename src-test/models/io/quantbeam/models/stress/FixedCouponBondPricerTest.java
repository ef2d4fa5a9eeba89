package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(100, FixedCouponBondPricer.value(par, base), 1e-10, "f=" + frequency + " T=" + maturity);
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
  void runRecurrenceAgreesWithOneExponentialPerCashFlow() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < 400; i++) {
      int frequency = new int[] {1, 2, 4, 12}[random.nextInt(4)];
      BondPosition bond = new BondPosition("R", "B", "USD", 1e6, random.nextDouble(0, 0.1), frequency,
          random.nextDouble(0.01, 40), "AA");
      double[] rates = new double[Tenor.count()];
      for (int t = 0; t < rates.length; t++) {
        rates[t] = TestMarkets.USD_RATES[t] + random.nextDouble(-0.03, 0.03);
      }
      double spread = random.nextDouble(-0.01, 0.05);
      ZeroCurve curve = ZeroCurve.onTenors(rates);
      CashFlowSchedule schedule = CashFlowSchedule.of(bond);
      double direct = 0;
      for (int k = 0; k < schedule.size(); k++) {
        double t = schedule.times()[k];
        direct += schedule.amounts()[k] * Math.exp(-(curve.rate(t) + spread) * t);
      }
      assertEquals(direct, FixedCouponBondPricer.presentValue(schedule, rates, 0, spread), 1e-13 * Math.abs(direct),
          "f=" + frequency + " T=" + bond.maturityYears());
    }
  }

  @Test
  void runsStayWithinOnePieceOfTheCurveAndAreBounded() {
    CashFlowSchedule monthly = CashFlowSchedule.of(new BondPosition("M", "B", "USD", 100, 0.05, 12, 30, "AA"));
    assertEquals(360, monthly.size());
    int covered = 0;
    for (int r = 0; r < monthly.runs(); r++) {
      int start = monthly.runStart()[r];
      int length = monthly.runLength()[r];
      assertTrue(length >= 1 && length <= CashFlowSchedule.MAX_RUN);
      assertEquals(covered, start);
      covered += length;
      double first = monthly.times()[start];
      double last = monthly.times()[start + length - 1];
      CurvePoint a = CurvePoint.locate(Tenor.times(), first);
      CurvePoint b = CurvePoint.locate(Tenor.times(), last);
      assertEquals(a.lower(), b.lower(), "run " + r + " from " + first + " to " + last);
    }
    assertEquals(360, covered);
  }

  @Test
  void absurdRatesGiveWhatOneExponentialPerCashFlowGives() {
    CashFlowSchedule schedule = CashFlowSchedule.of(new BondPosition("X", "B", "USD", 100, 0.05, 2, 30, "AA"));
    for (double level : new double[] {-40, -20, 5, 40}) { // −4000 % overflows exp, +4000 % underflows it
      double[] rates = new double[Tenor.count()];
      java.util.Arrays.fill(rates, level);
      rates[3] = level * 1.5;
      double direct = 0;
      ZeroCurve curve = ZeroCurve.onTenors(rates);
      for (int k = 0; k < schedule.size(); k++) {
        double t = schedule.times()[k];
        direct += schedule.amounts()[k] * Math.exp(-curve.rate(t) * t);
      }
      double pv = FixedCouponBondPricer.presentValue(schedule, rates, 0, 0);
      if (Double.isInfinite(direct)) {
        assertEquals(direct, pv, 0.0, "level " + level);
      } else {
        assertEquals(direct, pv, 1e-13 * Math.abs(direct), "level " + level);
      }
    }
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
