package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * NAIVE on a firm whose equity alternates between 100 and 100·e^0.02 (251 log returns ±0.02,
 * 126 up, 125 down), debt 50, yield 2 %. Then σ_E = 0.02·252/√251 exactly, and the expected
 * values below were computed by hand from the spec's formulas with mpmath at 30 digits.
 */
class NaiveMethodTest {

  private static FirmHistory alternatingFirm(double lastDebt) {
    int n = 252;
    double[] equity = new double[n];
    double[] debt = new double[n];
    double[] rate = new double[n];
    for (int t = 0; t < n; t++) {
      equity[t] = t % 2 == 1 ? 100 * Math.exp(0.02) : 100;
      debt[t] = 50;
      rate[t] = 0.02;
    }
    debt[n - 1] = lastDebt;
    return new FirmHistory("NAIVE", TestFirms.weekdays(LocalDate.of(2020, 1, 2), n), equity, debt, rate);
  }

  private static MertonResult estimate(FirmHistory firm, Drift drift) {
    return new MertonEstimator(new MertonSettings(MertonMethod.NAIVE, new double[] {1, 2}, Estimation.DAILY, drift)).estimate(firm);
  }

  @Test
  void matchesHandComputedValues() {
    MertonResult r = estimate(alternatingFirm(50), Drift.EMPIRICAL);
    assertEquals(2, r.rows());
    double sigmaV = 0.25609352299388461777; // (E·σ_E + F·(0.05 + 0.25·σ_E)) / (E + F)
    for (int k = 0; k < 2; k++) {
      assertEquals(152.02013400267558102, r.assetValue()[k], 1e-12);
      assertEquals(sigmaV, r.assetVolatility()[k], 1e-14);
      assertEquals(0, r.solves()[k]);
      assertTrue(r.converged()[k]);
    }
    // μ = e^0.02 − 1, the equity return over the window.
    assertEquals(4.2929604314249863289, r.distanceToDefault()[0], 1e-12);
    assertEquals(8.8153217899044306461e-6, r.defaultProbability()[0], 1e-12 * 8.8e-6);
    assertEquals(3.00081716762751294, r.distanceToDefault()[1], 1e-12);
    assertEquals(0.0013462809044909661297, r.defaultProbability()[1], 1e-12 * 1.3e-3);
    assertEquals(0, r.totalSolves());
  }

  @Test
  void riskFreeDriftUsesTheContinuouslyCompoundedYield() {
    MertonResult r = estimate(alternatingFirm(50), Drift.RISK_FREE);
    assertEquals(4.2914035285954461293, r.distanceToDefault()[0], 1e-12);
    assertEquals(8.8773667442125062716e-6, r.defaultProbability()[0], 1e-12 * 8.9e-6);
    assertEquals(2.9986153745306801428, r.distanceToDefault()[1], 1e-12);
    assertEquals(0.00135604724254378484, r.defaultProbability()[1], 1e-12 * 1.4e-3);
  }

  @Test
  void unleveredDateHasNoDistanceToDefault() {
    MertonResult r = estimate(alternatingFirm(0), Drift.EMPIRICAL);
    assertEquals(100 * Math.exp(0.02), r.assetValue()[0], 1e-12);
    assertEquals(0.02 * 252 / Math.sqrt(251), r.assetVolatility()[0], 1e-14); // σ_V = σ_E without debt
    assertTrue(Double.isNaN(r.distanceToDefault()[0]));
    assertEquals(0.0, r.defaultProbability()[0]);
  }

  @Test
  void needsAFullWindow() {
    assertTrue(estimate(TestFirms.head(alternatingFirm(50), 251), Drift.EMPIRICAL).insufficientHistory());
  }
}
