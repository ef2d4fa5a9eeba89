package io.quantbeam.models.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalDistributionTest {

  /**
   * Reference values from mpmath.ncdf / mpmath.npdf at 40 digits, evaluated at the double nearest
   * the decimal argument (at −5.65 the decimal's own Φ differs by 2e−15 relative).
   */
  @ParameterizedTest(name = "Phi({0})")
  @CsvSource({
      "0,       0.5,                      0.39894228040143267794",
      "-0.3,    0.38208857781104736693,   0.38138781546052408688",
      "-0.5,    0.30853753872598689636,   0.35206532676429947777",
      "-0.66291, 0.25369409838973993983,  0.32024678821304188608",
      "-0.7,    0.24196365222307302862,   0.31225393336676126681",
      "-1,      0.15865525393145705141,   0.2419707245191433498",
      "-2.5,    0.006209665325776135167,  0.017528300493568537362",
      "-5.65,   8.0223918506634975991e-9, 4.6668867975942535577e-8",
      "-5.66,   7.5686497519977137143e-9, 4.4102977789373091962e-8",
      "-6,      9.865876450376981407e-10, 6.075882849823285487e-9",
      "-10,     7.619853024160526066e-24, 7.6945986267064193463e-23",
      "-20,     2.7536241186062336951e-89, 5.5209483621597631896e-88",
      "-30,     4.9067139271481870595e-198, 1.473646134878547519e-196",
      "-37,     5.7255712225245768227e-300, 2.1200065515246056269e-298",
      "-37.5,   4.6053530095819548438e-308, 1.7282337322841052208e-306",
      // Arguments whose square is not a double: a plain exp(-x*x/2) is off by up to 3e-14 here.
      "-7.77,   3.9243063161315743109e-15, 3.0981425940517173948e-14",
      "-12.34,  2.7577941516989773998e-35, 3.4251820671485435648e-34",
      "-19.51,  4.5141057190886995574e-85, 8.83003764836817523e-84",
      "-26.63,  1.5256833159821581582e-156, 4.0686078155306471351e-155",
      "-33.3,   1.9305055059278399761e-243, 6.4343702393393473696e-242",
      "-37.21,  2.3513653572881925811e-303, 8.755740575265403402e-302",
  })
  void lowerTailAndCentreAreAccurateRelatively(double x, double phi, double density) {
    assertEquals(phi, NormalDistribution.cdf(x), 1e-15 * phi, "cdf");
    assertEquals(density, NormalDistribution.density(x), 1e-15 * density, "density");
    assertEquals(density, NormalDistribution.density(-x), 1e-15 * density, "density is even");
  }

  @ParameterizedTest(name = "Phi({0})")
  @CsvSource({
      "0.3,  0.61791142218895263307",
      "1.5,  0.933192798731141934",
      "3,    0.99865010196836990547",
      "8,    0.9999999999999993779",
  })
  void upperHalfIsAccurateAbsolutely(double x, double phi) {
    assertEquals(phi, NormalDistribution.cdf(x), 2e-16);
  }

  @Test
  void limitsAndNaN() {
    assertEquals(0.0, NormalDistribution.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, NormalDistribution.cdf(Double.POSITIVE_INFINITY));
    assertEquals(0.0, NormalDistribution.cdf(-40));
    assertEquals(1.0, NormalDistribution.cdf(9));
    assertTrue(Double.isNaN(NormalDistribution.cdf(Double.NaN)));
    assertEquals(0.0, NormalDistribution.density(Double.NEGATIVE_INFINITY));
    assertEquals(0.0, NormalDistribution.density(1e200));
    assertTrue(Double.isNaN(NormalDistribution.density(Double.NaN)));
  }

  @Test
  void isSymmetricAndMonotoneAcrossTheIntervalBoundaries() {
    double previous = 0;
    for (int i = -39 * 1024; i <= 9 * 1024; i++) {
      double x = i / 1024.0;
      double phi = NormalDistribution.cdf(x);
      assertTrue(phi >= previous, () -> "not monotone at " + x);
      assertEquals(1.0, phi + NormalDistribution.cdf(-x), 3e-16, () -> "symmetry at " + x);
      previous = phi;
    }
  }

  @Test
  void derivativeIsTheDensity() {
    double h = 1e-5;
    for (double x = -8; x <= 8; x += 0.37) {
      double slope = (NormalDistribution.cdf(x + h) - NormalDistribution.cdf(x - h)) / (2 * h);
      assertEquals(NormalDistribution.density(x), slope, 1e-9, "at " + x);
    }
  }

  @Test
  void agreesWithCommonsMathInTheCentre() {
    org.apache.commons.math3.distribution.NormalDistribution commons =
        new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
    for (double x = -6; x <= 6; x += 0.013) {
      assertEquals(commons.cumulativeProbability(x), NormalDistribution.cdf(x), 1e-15, "at " + x);
    }
  }
}
