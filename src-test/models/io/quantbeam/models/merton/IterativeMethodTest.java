package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.math.NormalDistribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IterativeMethodTest {

  private static final double[] HORIZONS = {1, 3};

  private static MertonResult estimate(FirmHistory firm, Estimation estimation, Drift drift) {
    return new MertonEstimator(new MertonSettings(MertonMethod.ITERATIVE, HORIZONS, estimation, drift)).estimate(firm);
  }

  private static double[] annualRates(FirmHistory firm) {
    double[] r = new double[firm.size()];
    for (int t = 0; t < r.length; t++) {
      r[t] = Math.log1p(firm.riskFreeRate()[t]);
    }
    return r;
  }

  /**
   * The reported σ_V is within the stopping tolerance's reach of the fixed point, and that fixed
   * point — run to 1e−13 — is the same from very different starting volatilities.
   */
  @Test
  void convergedVolatilityIsTheFixedPointWhateverTheStart() {
    FirmHistory firm = TestFirms.gbm("ITER", 300, 5, 0.5, 1.5);
    MertonResult result = estimate(firm, Estimation.MONTHLY, Drift.EMPIRICAL);
    double[] rate = annualRates(firm);
    AssetVolatilityFixedPoint fixedPoint = new AssetVolatilityFixedPoint();
    for (int row = 0; row < result.rows(); row++) {
      int t = indexOf(firm, result.epochDay()[row]);
      double h = result.horizonYears()[row];
      double reference = Double.NaN;
      for (double start : new double[] {0.02, 0.2, 0.9, 3.0}) {
        fixedPoint.run(firm, rate, t, h, start, 1e-13, 1000);
        assertTrue(fixedPoint.converged(), "start " + start);
        if (Double.isNaN(reference)) {
          reference = fixedPoint.volatility();
        }
        assertEquals(reference, fixedPoint.volatility(), 1e-11, "start " + start + " row " + row);
      }
      assertEquals(reference, result.assetVolatility()[row], 1e-3, "row " + row);
      assertTrue(result.converged()[row]);
    }
    assertEquals(2 * 3, result.rows()); // month ends of Jan, Feb and Mar 2016 have full windows
  }

  /** V_t solves Black–Scholes with the reported σ_V, and DD, PD follow from V, σ_V and the window's drift. */
  @Test
  void distanceToDefaultFollowsFromTheReportedValues() {
    FirmHistory firm = TestFirms.gbm("ITER", 300, 6, 0.35, 0.8);
    MertonResult empirical = estimate(firm, Estimation.MONTHLY, Drift.EMPIRICAL);
    MertonResult riskFree = estimate(firm, Estimation.MONTHLY, Drift.RISK_FREE);
    BlackScholesAssetSolver solver = new BlackScholesAssetSolver();
    for (int row = 0; row < empirical.rows(); row++) {
      int t = indexOf(firm, empirical.epochDay()[row]);
      double h = empirical.horizonYears()[row];
      double sigma = empirical.assetVolatility()[row];
      double[] v = new double[252];
      for (int i = 0; i < 252; i++) {
        int d = t - 251 + i;
        v[i] = solver.solve(firm.equityValue()[d], firm.faceValueDebt()[d], Math.log1p(firm.riskFreeRate()[d]), sigma, h);
      }
      double meanReturn = Math.log(v[251] / v[0]) / 251;
      double mu = meanReturn * 252 + sigma * sigma / 2;
      double f = firm.faceValueDebt()[t];
      assertEquals(v[251], empirical.assetValue()[row], 1e-11 * v[251]);
      double dd = (Math.log(v[251] / f) + (mu - sigma * sigma / 2) * h) / (sigma * Math.sqrt(h));
      assertEquals(dd, empirical.distanceToDefault()[row], 1e-9 * Math.max(1, Math.abs(dd)));
      assertEquals(NormalDistribution.cdf(-dd), empirical.defaultProbability()[row], 1e-12);

      double r = Math.log1p(firm.riskFreeRate()[t]);
      double ddRiskFree = (Math.log(v[251] / f) + (r - sigma * sigma / 2) * h) / (sigma * Math.sqrt(h));
      assertEquals(empirical.assetValue()[row], riskFree.assetValue()[row]);
      assertEquals(sigma, riskFree.assetVolatility()[row]);
      assertEquals(ddRiskFree, riskFree.distanceToDefault()[row], 1e-9 * Math.max(1, Math.abs(ddRiskFree)));
      assertEquals(empirical.solves()[row], riskFree.solves()[row]);
      assertEquals(0, empirical.solves()[row] % 252); // every day of the window is levered: whole rounds
    }
  }

  @Test
  void monthlyEstimatesOnEachMonthsLastRowIncludingTheIncompleteLastMonth() {
    FirmHistory firm = TestFirms.gbm("MONTHS", 330, 7, 0.3, 1.0);
    MertonResult daily = estimate(firm, Estimation.DAILY, Drift.EMPIRICAL);
    MertonResult monthly = estimate(firm, Estimation.MONTHLY, Drift.EMPIRICAL);
    List<Long> expected = new ArrayList<>();
    for (int t = 251; t < firm.size(); t++) {
      LocalDate day = LocalDate.ofEpochDay(firm.epochDays()[t]);
      boolean last = t == firm.size() - 1 || LocalDate.ofEpochDay(firm.epochDays()[t + 1]).getMonthValue() != day.getMonthValue();
      if (last) {
        expected.add(firm.epochDays()[t]);
      }
    }
    LocalDate lastDay = LocalDate.ofEpochDay(firm.epochDays()[firm.size() - 1]);
    assertTrue(lastDay.getDayOfMonth() < lastDay.lengthOfMonth() - 3, "the data should end inside a month");
    assertEquals(expected.size() * HORIZONS.length, monthly.rows());
    assertEquals((firm.size() - 251) * HORIZONS.length, daily.rows());
    for (int j = 0; j < expected.size(); j++) {
      for (int k = 0; k < HORIZONS.length; k++) {
        int row = j * HORIZONS.length + k;
        assertEquals(expected.get(j), monthly.epochDay()[row]);
        int dailyRow = (indexOf(firm, expected.get(j)) - 251) * HORIZONS.length + k;
        assertEquals(daily.epochDay()[dailyRow], monthly.epochDay()[row]);
        assertEquals(daily.assetValue()[dailyRow], monthly.assetValue()[row]);
        assertEquals(daily.assetVolatility()[dailyRow], monthly.assetVolatility()[row]);
        assertEquals(daily.distanceToDefault()[dailyRow], monthly.distanceToDefault()[row]);
      }
    }
  }

  @Test
  void unleveredEstimationDateReportsEquityAndTheWindowsVolatility() {
    FirmHistory base = TestFirms.gbm("UNLEV", 260, 8, 0.4, 1.2);
    double[] debt = base.faceValueDebt().clone();
    debt[259] = 0;
    debt[100] = 0; // an unlevered day inside the window costs no solve
    FirmHistory firm = TestFirms.withDebt(base, debt);
    MertonResult r = estimate(firm, Estimation.DAILY, Drift.EMPIRICAL);
    int last = r.rows() - HORIZONS.length;
    for (int k = 0; k < HORIZONS.length; k++) {
      assertEquals(firm.equityValue()[259], r.assetValue()[last + k]);
      assertTrue(Double.isNaN(r.distanceToDefault()[last + k]));
      assertEquals(0.0, r.defaultProbability()[last + k]);
      assertTrue(r.assetVolatility()[last + k] > 0);
      assertEquals(0, r.solves()[last + k] % 250); // 252 window days minus the two unlevered ones, per round
    }
  }

  @Test
  void neverLeveredWindowGivesEquityVolatilityWithoutSolves() {
    FirmHistory base = TestFirms.gbm("EQUITY", 252, 9, 0.25, 1);
    FirmHistory firm = TestFirms.withDebt(base, new double[252]);
    MertonResult r = estimate(firm, Estimation.DAILY, Drift.EMPIRICAL);
    double[] returns = new double[251];
    for (int i = 0; i < 251; i++) {
      returns[i] = Math.log(firm.equityValue()[i + 1] / firm.equityValue()[i]);
    }
    double mean = java.util.Arrays.stream(returns).average().orElseThrow();
    double sigmaE = Math.sqrt(java.util.Arrays.stream(returns).map(x -> (x - mean) * (x - mean)).sum() / 250 * 252);
    assertEquals(HORIZONS.length, r.rows());
    for (int k = 0; k < HORIZONS.length; k++) {
      assertEquals(sigmaE, r.assetVolatility()[k], 1e-12);
      assertEquals(0, r.solves()[k]);
      assertTrue(r.converged()[k]);
    }
    assertEquals(0, r.totalSolves());
  }

  @Test
  void needsAFullWindowOf252Rows() {
    FirmHistory firm = TestFirms.gbm("SHORT", 252, 10, 0.3, 1);
    MertonResult tooShort = estimate(TestFirms.head(firm, 251), Estimation.DAILY, Drift.EMPIRICAL);
    assertTrue(tooShort.insufficientHistory());
    assertEquals(0, tooShort.rows());
    MertonResult one = estimate(firm, Estimation.DAILY, Drift.EMPIRICAL);
    assertFalse(one.insufficientHistory());
    assertEquals(HORIZONS.length, one.rows());
    assertEquals(firm.epochDays()[251], one.epochDay()[0]);
  }

  @Test
  void roundLimitIsReportedAsNotConverged() {
    FirmHistory firm = TestFirms.gbm("LIMIT", 252, 12, 0.6, 3);
    AssetVolatilityFixedPoint fixedPoint = new AssetVolatilityFixedPoint();
    fixedPoint.run(firm, annualRates(firm), 251, 1, 0.05, 1e-300, 3);
    assertFalse(fixedPoint.converged());
    assertEquals(3, fixedPoint.rounds());
    assertEquals(3 * 252, fixedPoint.solves());
  }

  private static int indexOf(FirmHistory firm, long epochDay) {
    int i = java.util.Arrays.binarySearch(firm.epochDays(), epochDay);
    assertTrue(i >= 0);
    return i;
  }
}
