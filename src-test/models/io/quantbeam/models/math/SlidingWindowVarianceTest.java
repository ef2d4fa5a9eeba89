package io.quantbeam.models.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlidingWindowVarianceTest {

  private static double exactVariance(double[] x, int from, int to, int ddof) {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(new java.math.BigDecimal(x[i]));
    }
    int n = to - from;
    java.math.MathContext mc = new java.math.MathContext(50);
    java.math.BigDecimal mean = sum.divide(java.math.BigDecimal.valueOf(n), mc);
    java.math.BigDecimal squares = java.math.BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      java.math.BigDecimal d = new java.math.BigDecimal(x[i]).subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    return squares.divide(java.math.BigDecimal.valueOf(n - ddof), mc).doubleValue();
  }

  @Test
  void followsTheExactVarianceOfEveryWindow() {
    SplittableRandom random = new SplittableRandom(7);
    double[] x = new double[3000];
    for (int i = 0; i < x.length; i++) {
      x[i] = 0.0004 + 0.02 * (random.nextDouble() - 0.5);
    }
    int width = 251;
    SlidingWindowVariance window = new SlidingWindowVariance();
    window.reset(x, 0, width);
    for (int from = 0; from + width <= x.length; from++) {
      if (from > 0) {
        window.advance(x, from - 1, from - 1 + width);
      }
      if (from % 97 == 0 || from + width == x.length) {
        double population = exactVariance(x, from, from + width, 0);
        assertEquals(population, window.populationVariance(), 1e-12 * population, "window at " + from);
        double sample = exactVariance(x, from, from + width, 1);
        assertEquals(sample, window.sampleVariance(), 1e-12 * sample, "window at " + from);
      }
    }
    assertEquals(width, window.count());
  }

  @Test
  void staysAccurateAfterAnOutlierLeavesANearlyConstantWindow() {
    double[] x = new double[600];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1e-6 * Math.sin(i);
    }
    x[10] = 50; // enters with the first window, leaves at step 11
    int width = 100;
    SlidingWindowVariance window = new SlidingWindowVariance();
    window.reset(x, 0, width);
    for (int from = 1; from + width <= x.length; from++) {
      window.advance(x, from - 1, from - 1 + width);
      double exact = exactVariance(x, from, from + width, 0);
      assertEquals(exact, window.populationVariance(), 1e-10 * exact, "window at " + from);
    }
  }

  @Test
  void recoversOnceANaNHasLeftTheWindow() {
    double[] x = {1, 2, Double.NaN, 4, 5, 7, 11};
    SlidingWindowVariance window = new SlidingWindowVariance();
    window.reset(x, 0, 3);
    assertTrue(Double.isNaN(window.populationVariance()));
    window.advance(x, 0, 3);
    window.advance(x, 1, 4);
    assertTrue(Double.isNaN(window.populationVariance()));
    window.advance(x, 2, 5);
    assertEquals(exactVariance(x, 3, 6, 0), window.populationVariance(), 1e-14 * exactVariance(x, 3, 6, 0));
    window.advance(x, 3, 6);
    assertEquals(exactVariance(x, 4, 7, 0), window.populationVariance(), 1e-14 * exactVariance(x, 4, 7, 0));
  }

  @Test
  void constantWindowHasZeroVariance() {
    double[] x = {3, 3, 3, 3, 3, 3};
    SlidingWindowVariance window = new SlidingWindowVariance();
    window.reset(x, 0, 3);
    window.advance(x, 0, 3);
    assertEquals(0.0, window.populationVariance());
    assertEquals(0.0, window.sampleVariance());
  }

  @Test
  void rejectsAnEmptyWindow() {
    assertThrows(IllegalArgumentException.class, () -> new SlidingWindowVariance().reset(new double[3], 1, 1));
  }
}
