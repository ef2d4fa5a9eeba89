package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.math.NormalDistribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TRAILING_WINDOW against the published study's reference vectors and its own invariants. */
class TrailingWindowMethodTest {

  private static final double[] HORIZONS = {1, 2, 3, 4, 5};
  private static Map<String, FirmHistory> firms;
  private static Map<String, MertonResult> results;

  @BeforeAll
  static void estimateReferenceFirms() {
    firms = ReferenceData.firms();
    results = new HashMap<>();
    MertonEstimator estimator = new MertonEstimator(MertonSettings.defaults());
    firms.forEach((id, firm) -> results.put(id, estimator.estimate(firm)));
  }

  @Test
  void matchesTheStudysReferenceCodeOnEveryComparableRow() {
    Map<String, Integer> rowOf = new HashMap<>();
    results.forEach((id, r) -> {
      for (int i = 0; i < r.rows(); i++) {
        rowOf.put(id + "|" + r.epochDay()[i] + "|" + r.horizonYears()[i], i);
      }
    });
    List<ReferenceData.Expected> expected = ReferenceData.expectedTrailingWindow();
    int compared = 0;
    for (ReferenceData.Expected e : expected) {
      Integer row = rowOf.get(e.firmId() + "|" + e.epochDay() + "|" + e.horizonYears());
      assertNotNull(row, () -> "no output row for " + e);
      if (e.comparable()) {
        double actual = results.get(e.firmId()).assetValue()[row];
        assertEquals(e.assetValue(), actual, 1e-6 * e.assetValue(), () -> e.toString());
        compared++;
      }
    }
    assertEquals(21_000, expected.size());
    assertEquals(18_889, compared);
    assertEquals(21_000, results.values().stream().mapToInt(MertonResult::rows).sum());
  }

  @Test
  void rowsAreOrderedByDateThenHorizon() {
    MertonResult r = results.get("F0001");
    FirmHistory firm = firms.get("F0001");
    for (int t = 0; t < firm.size(); t++) {
      for (int k = 0; k < HORIZONS.length; k++) {
        assertEquals(firm.epochDays()[t], r.epochDay()[t * HORIZONS.length + k]);
        assertEquals(HORIZONS[k], r.horizonYears()[t * HORIZONS.length + k]);
      }
    }
    assertEquals(MertonMethod.TRAILING_WINDOW, r.method());
    assertFalse(r.insufficientHistory());
  }

  /** Every reported V solves Black–Scholes with the reported σ, and DD and PD follow from V and σ. */
  @Test
  void valuesAreConsistentWithTheReportedVolatility() {
    for (String id : firms.keySet()) {
      FirmHistory firm = firms.get(id);
      MertonResult r = results.get(id);
      for (int i = 0; i < r.rows(); i++) {
        int t = i / HORIZONS.length;
        double f = firm.faceValueDebt()[t];
        if (f <= 1e-10 || r.solves()[i] == 0) {
          continue;
        }
        double maturity = 252 * r.horizonYears()[i];
        double dailyRate = Math.pow(1 + firm.riskFreeRate()[t], 1 / 365.0) - 1;
        double sigma = r.assetVolatility()[i] / Math.sqrt(252);
        double v = r.assetValue()[i];
        double e = firm.equityValue()[t];
        double equity = BlackScholesAssetSolver.equityValue(v, f * Math.exp(-dailyRate * maturity), sigma * Math.sqrt(maturity));
        assertEquals(e, equity, 1e-10 * e, id + " row " + i);
        double dd = (Math.log(v / f) + (dailyRate - sigma * sigma / 2) * maturity) / (sigma * Math.sqrt(maturity));
        assertEquals(dd, r.distanceToDefault()[i], 1e-10 * Math.max(1, Math.abs(dd)), id + " row " + i);
        assertEquals(NormalDistribution.cdf(-dd), r.defaultProbability()[i], 1e-12, id + " row " + i);
      }
    }
  }

  /** σ(t) is the population standard deviation of the 251 log returns of V_{t−252} … V_{t−1}. */
  @Test
  void laterDaysUseTheTrailingVolatilityOfTheSolvedAssetValues() {
    FirmHistory firm = firms.get("F0002");
    MertonResult r = results.get("F0002");
    int h = 2; // horizon index: 3 years
    for (int t : new int[] {253, 300, 488, 699}) {
      double[] returns = new double[251];
      for (int s = t - 251; s < t; s++) {
        returns[s - (t - 251)] = Math.log(r.assetValue()[s * 5 + h] / r.assetValue()[(s - 1) * 5 + h]);
      }
      double mean = java.util.Arrays.stream(returns).average().orElseThrow();
      double variance = java.util.Arrays.stream(returns).map(x -> (x - mean) * (x - mean)).sum() / 251;
      assertEquals(Math.sqrt(variance * 252), r.assetVolatility()[t * 5 + h], 1e-12, "day " + t);
      assertEquals(1, r.solves()[t * 5 + h]);
    }
    assertTrue(firm.size() > 699);
  }

  @Test
  void firstStepDaysShareOneVolatilityAndCountTheirRounds() {
    MertonResult r = results.get("F0001");
    for (int k = 0; k < HORIZONS.length; k++) {
      int rounds = r.solves()[k];
      assertTrue(rounds >= 1 && rounds <= 10);
      for (int s = 0; s <= 252; s++) {
        assertEquals(r.assetVolatility()[k], r.assetVolatility()[s * 5 + k]);
        assertEquals(rounds, r.solves()[s * 5 + k]);
        assertTrue(r.converged()[s * 5 + k]);
      }
    }
    long total = 0;
    for (int s : r.solves()) {
      total += s;
    }
    assertEquals(total, r.totalSolves());
    assertEquals(0, r.nonConvergedRows());
  }

  /** F0000's first step still moves σ(252) by more than 1e−3 after 10 rounds: those rows say so. */
  @Test
  void firstStepThatStopsAtTenRoundsIsReportedAsNotConverged() {
    MertonResult r = results.get("F0000");
    FirmHistory firm = firms.get("F0000");
    for (int s = 0; s <= 252; s++) {
      for (int k = 0; k < HORIZONS.length; k++) {
        int row = s * 5 + k;
        assertFalse(r.converged()[row]);
        assertEquals(firm.faceValueDebt()[s] > 1e-10 ? 10 : 0, r.solves()[row]);
      }
    }
    for (int row = 253 * 5; row < r.rows(); row++) {
      assertTrue(r.converged()[row]);
    }
  }

  @Test
  void unleveredDaysKeepEquityValueWithoutASolve() {
    FirmHistory firm = firms.get("F0000");
    MertonResult r = results.get("F0000");
    int unlevered = 0;
    for (int t = 0; t < firm.size(); t++) {
      if (firm.faceValueDebt()[t] <= 1e-10) {
        for (int k = 0; k < 5; k++) {
          int row = t * 5 + k;
          assertEquals(firm.equityValue()[t], r.assetValue()[row]);
          assertTrue(Double.isNaN(r.distanceToDefault()[row]));
          assertEquals(0.0, r.defaultProbability()[row]);
          assertEquals(0, r.solves()[row]);
        }
        unlevered++;
      }
    }
    assertEquals(126, unlevered);

    FirmHistory never = firms.get("F0004");
    MertonResult n = results.get("F0004");
    assertEquals(0, n.totalSolves());
    for (int row = 0; row < n.rows(); row++) {
      assertEquals(never.equityValue()[row / 5], n.assetValue()[row]);
      assertTrue(Double.isNaN(n.distanceToDefault()[row]));
      assertEquals(0.0, n.defaultProbability()[row]);
      assertTrue(n.converged()[row]);
    }
  }

  @Test
  void needsMoreThan252Rows() {
    FirmHistory firm = TestFirms.gbm("SHORT", 253, 11, 0.3, 1.0);
    MertonEstimator estimator = new MertonEstimator(MertonSettings.defaults());
    MertonResult tooShort = estimator.estimate(TestFirms.head(firm, 252));
    assertTrue(tooShort.insufficientHistory());
    assertEquals(0, tooShort.rows());
    assertEquals(0, tooShort.totalSolves());
    MertonResult justEnough = estimator.estimate(firm);
    assertFalse(justEnough.insufficientHistory());
    assertEquals(253 * 5, justEnough.rows());
  }

  /** Scratch buffers carried between firms do not leak: a long, a short and the long firm again. */
  @Test
  void reusingTheEstimatorGivesTheSameResults() {
    FirmHistory longFirm = TestFirms.gbm("LONG", 900, 21, 0.45, 2.0);
    FirmHistory shortFirm = TestFirms.gbm("SHORT", 300, 22, 0.2, 0.5);
    MertonEstimator reused = new MertonEstimator(MertonSettings.defaults());
    MertonResult first = reused.estimate(longFirm);
    reused.estimate(shortFirm);
    MertonResult again = reused.estimate(longFirm);
    MertonResult fresh = new MertonEstimator(MertonSettings.defaults()).estimate(longFirm);
    for (MertonResult r : new MertonResult[] {again, fresh}) {
      assertArrayEquals(first.assetValue(), r.assetValue());
      assertArrayEquals(first.assetVolatility(), r.assetVolatility());
      assertArrayEquals(first.distanceToDefault(), r.distanceToDefault());
      assertArrayEquals(first.solves(), r.solves());
    }
  }
}
