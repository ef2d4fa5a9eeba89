package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalQuantileTest {

  @Test
  void matchesHighPrecisionValues() {
    // Reference values from mpmath at 50 digits (1e-300: scipy ndtri, checked with mpmath ncdf).
    assertEquals(1.959963984540054, NormalQuantile.of(0.975), 1e-15);
    assertEquals(-1.959963984540054, NormalQuantile.of(0.025), 1e-15);
    assertEquals(-0.5244005127080408, NormalQuantile.of(0.3), 1e-15);
    assertEquals(-4.753424308822899, NormalQuantile.of(1e-6), 1e-14);
    assertEquals(-6.361340902404056, NormalQuantile.of(1e-10), 1e-14);
    assertEquals(-9.262340089798408, NormalQuantile.of(1e-20), 1e-13);
    assertEquals(-37.0470962993612, NormalQuantile.of(1e-300), 1e-12);
    assertEquals(0.0, NormalQuantile.of(0.5), 0.0);
  }

  @Test
  void isOddAroundOneHalfAndInvertsTheCdf() {
    NormalDistribution normal = new NormalDistribution();
    for (int i = 1; i < 1000; i++) {
      double p = i / 1000.0;
      double z = NormalQuantile.of(p);
      assertEquals(-z, NormalQuantile.of(1 - p), 1e-13);
      assertEquals(p, normal.cumulativeProbability(z), 1e-14);
    }
  }

  @Test
  void handlesTheEndsOfTheInterval() {
    assertEquals(Double.NEGATIVE_INFINITY, NormalQuantile.of(0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, NormalQuantile.of(1), 0.0);
    assertTrue(Double.isNaN(NormalQuantile.of(1.5)));
    assertTrue(Double.isNaN(NormalQuantile.of(Double.NaN)));
  }
}
