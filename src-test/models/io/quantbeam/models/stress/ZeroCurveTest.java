package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ZeroCurveTest {

  private final ZeroCurve curve = ZeroCurve.onTenors(TestMarkets.USD_RATES);

  @Test
  void reproducesEveryNodeExactly() {
    Tenor[] tenors = Tenor.values();
    for (int i = 0; i < tenors.length; i++) {
      assertEquals(TestMarkets.USD_RATES[i], curve.rate(tenors[i].years()), 0.0, tenors[i].label());
    }
  }

  @Test
  void isLinearBetweenNodes() {
    // 7Y = 0.0395, 10Y = 0.040: 8.5Y is half way.
    assertEquals(0.03975, curve.rate(8.5), 1e-16);
    // 3M = 0.045, 6M = 0.046: 0.3Y is 20 % of the way.
    assertEquals(0.045 + 0.2 * 0.001, curve.rate(0.3), 1e-16);
    // 20Y = 0.042, 30Y = 0.041: 22.5Y is a quarter of the way.
    assertEquals(0.04175, curve.rate(22.5), 1e-16);
  }

  @Test
  void isFlatBeyondTheFirstAndLastNode() {
    assertEquals(0.045, curve.rate(0.1), 0.0);
    assertEquals(0.045, curve.rate(0.0), 0.0);
    assertEquals(0.041, curve.rate(45), 0.0);
  }

  @Test
  void discountFactorIsExpOfMinusRateTimesTime() {
    assertEquals(Math.exp(-0.03975 * 8.5), curve.discountFactor(8.5), 1e-16);
  }

  @Test
  void curvePointWeightsAreExactAtNodes() {
    CurvePoint atFiveYears = CurvePoint.locate(Tenor.times(), 5);
    assertEquals(5, atFiveYears.lower());
    assertEquals(1.0, atFiveYears.lowerWeight(), 0.0);
    assertEquals(0.0, atFiveYears.upperWeight(), 0.0);
    CurvePoint atThirty = CurvePoint.locate(Tenor.times(), 30);
    assertEquals(8, atThirty.lower());
    assertEquals(1.0, atThirty.upperWeight(), 0.0);
  }

  @Test
  void rejectsDecreasingTimesAndNonFiniteRates() {
    assertThrows(IllegalArgumentException.class, () -> new ZeroCurve(new double[] {1, 0.5}, new double[] {0.01, 0.02}));
    assertThrows(IllegalArgumentException.class, () -> new ZeroCurve(new double[] {0.5, 1}, new double[] {0.01, Double.NaN}));
  }
}
