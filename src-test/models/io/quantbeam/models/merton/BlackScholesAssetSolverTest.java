package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlackScholesAssetSolverTest {

  private final BlackScholesAssetSolver solver = new BlackScholesAssetSolver();

  /** Roots computed with mpmath at 40–60 digits by bisection of the same equation. */
  @ParameterizedTest(name = "E={0} F={1} r={2} sigma={3} T={4}")
  @CsvSource({
      "100,   100,  0.03, 0.3,  1, 196.91805562873432661",
      "1,     50,   0.02, 2.0,  5, 1.1400834787392370301",
      "100,   1,    0.05, 0.01, 1, 100.95122942450071401",
      "20,    1000, 0.01, 0.25, 1, 780.62336689313681033",
      "1e-6,  1,    0.03, 0.5,  2, 0.054939768210258045791",
      "1e-12, 1,    0.0,  0.2,  1, 0.27642893034337138382",
      "1e-20, 1,    0.03, 0.3,  1, 0.07048781795998346437",
  })
  void matchesHighPrecisionRoots(double equity, double debt, double rate, double volatility, double maturity, double root) {
    double v = solver.solve(equity, debt, rate, volatility, maturity);
    assertTrue(solver.converged());
    assertEquals(root, v, 1e-12 * root);
  }

  /**
   * E(V*) = E over leverage F/E 0.01–50, asset volatility 1 %–200 % a year and horizons of 1–10
   * years, in annual units and in the daily units of TRAILING_WINDOW (σ per √day, T in days).
   */
  @Test
  void roundTripsOverLeverageVolatilityAndHorizon() {
    double[] leverage = {0.01, 0.03, 0.1, 0.3, 0.6, 1, 2, 3, 5, 10, 20, 35, 50};
    double[] annualVolatility = {0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.45, 0.6, 0.8, 1.0, 1.3, 1.6, 2.0};
    double[] horizonYears = {0.25, 1, 2, 5, 10};
    int solves = 0;
    for (double unitsPerYear : new double[] {1, 252}) {
      for (double h : horizonYears) {
        for (double l : leverage) {
          for (double sigma : annualVolatility) {
            double equity = 250;
            double debt = l * equity;
            double maturity = h * unitsPerYear;
            double rate = Math.log1p(0.03) / unitsPerYear;
            double discountedDebt = debt * Math.exp(-rate * maturity);
            double totalVolatility = sigma / Math.sqrt(unitsPerYear) * Math.sqrt(maturity);
            double v = solver.solve(equity, debt, rate, sigma / Math.sqrt(unitsPerYear), maturity);
            String where = "F/E=" + l + " sigma=" + sigma + " h=" + h + " units/year=" + unitsPerYear;
            assertTrue(solver.converged(), where);
            assertTrue(v >= equity && v <= equity + discountedDebt, where);
            double roundTrip = BlackScholesAssetSolver.equityValue(v, discountedDebt, totalVolatility);
            assertEquals(equity, roundTrip, 1e-10 * equity, where);
            solves++;
          }
        }
      }
    }
    assertEquals(2 * 5 * 13 * 14, solves);
  }

  @Test
  void anyStartReachesTheSameRoot() {
    double equity = 40;
    double discountedDebt = 120;
    double s = 0.35;
    double reference = solver.solve(equity, discountedDebt, s, Double.NaN);
    for (double start : new double[] {-1, 0, equity, 41, 60, 100, 150, equity + discountedDebt, 1e9, Double.POSITIVE_INFINITY}) {
      double v = solver.solve(equity, discountedDebt, s, start);
      assertTrue(solver.converged(), "start " + start);
      assertEquals(reference, v, 2e-12 * reference, "start " + start);
    }
  }

  @Test
  void startNextToTheRootConvergesInOneEvaluation() {
    double root = solver.solve(10, 500, 1.5, Double.NaN);
    assertTrue(solver.iterations() > 2, "cold start iterations " + solver.iterations());
    double v = solver.solve(10, 500, 1.5, root * (1 + 1e-7));
    assertEquals(1, solver.iterations());
    assertEquals(root, v, 1e-12 * root);
    assertTrue(solver.delta() > 0 && solver.delta() < 1);
  }

  /** Deep in the money V = E + K to double precision: a start left of it must not fall back to bisection. */
  @Test
  void startLeftOfADeepInTheMoneyRootStepsOntoIt() {
    double root = solver.solve(100, 50, 0.02, Double.NaN);
    assertEquals(150, root, 1e-12 * 150);
    double v = solver.solve(100, 50, 0.02, root * (1 - 1e-3));
    assertTrue(solver.converged());
    assertTrue(solver.iterations() <= 2, "iterations " + solver.iterations());
    assertEquals(root, v, 1e-12 * root);
  }

  @Test
  void zeroVolatilityGivesEquityPlusDiscountedDebt() {
    assertEquals(100 + 80, solver.solve(100, 80, 0, Double.NaN));
    assertTrue(solver.converged());
  }

  @Test
  void hugeVolatilityGivesAssetsEqualToEquity() {
    double v = solver.solve(100, 80, 40, Double.NaN);
    assertTrue(solver.converged());
    assertEquals(100, v, 1e-9);
  }

  @Test
  void invalidInputsGiveNaNAndNoConvergence() {
    double[][] bad = {{0, 1, 0.2}, {-1, 1, 0.2}, {1, 0, 0.2}, {1, 1, -0.1}, {Double.NaN, 1, 0.2}, {1, Double.POSITIVE_INFINITY, 0.2},
        {1, 1, Double.NaN}};
    for (double[] input : bad) {
      assertTrue(Double.isNaN(solver.solve(input[0], input[1], input[2], Double.NaN)));
      assertFalse(solver.converged());
    }
  }
}
