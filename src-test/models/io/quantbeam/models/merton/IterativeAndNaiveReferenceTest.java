package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ITERATIVE and NAIVE against an independent numpy/scipy reading of the spec (see reference/README.md). */
class IterativeAndNaiveReferenceTest {

  @Test
  void matchesTheIndependentReferenceOnEveryRow() {
    Map<String, FirmHistory> firms = ReferenceData.firms();
    List<ReferenceData.Estimate> expected = ReferenceData.iterativeAndNaive();
    Map<String, MertonResult> results = new HashMap<>();
    for (MertonMethod method : new MertonMethod[] {MertonMethod.ITERATIVE, MertonMethod.NAIVE}) {
      for (Drift drift : Drift.values()) {
        MertonEstimator estimator = new MertonEstimator(new MertonSettings(method, new double[] {1, 3}, Estimation.MONTHLY, drift));
        firms.forEach((id, firm) -> results.put(method + "|" + drift + "|" + id, estimator.estimate(firm)));
      }
    }
    int checked = 0;
    int unlevered = 0;
    for (ReferenceData.Estimate e : expected) {
      MertonResult r = results.get(e.method() + "|" + e.drift() + "|" + e.firmId());
      int row = rowOf(r, e.epochDay(), e.horizonYears());
      assertEquals(e.assetValue(), r.assetValue()[row], 1e-9 * e.assetValue(), e::toString);
      assertEquals(e.assetVolatility(), r.assetVolatility()[row], 1e-9 * e.assetVolatility(), e::toString);
      if (Double.isNaN(e.distanceToDefault())) {
        assertTrue(Double.isNaN(r.distanceToDefault()[row]), e::toString);
        assertEquals(0.0, r.defaultProbability()[row]);
        unlevered++;
      } else {
        assertEquals(e.distanceToDefault(), r.distanceToDefault()[row], 1e-9 * Math.max(1, Math.abs(e.distanceToDefault())),
            e::toString);
      }
      assertTrue(r.converged()[row], e::toString);
      checked++;
    }
    // 6 firms x 22 month ends with a full window x 2 horizons x 2 drifts x 2 methods; every output row is covered.
    assertEquals(6 * 22 * 2 * 2 * 2, checked);
    assertEquals(checked, results.values().stream().mapToInt(MertonResult::rows).sum());
    assertEquals(22 * 2 * 2 * 2, unlevered); // F0004 is never levered
  }

  private static int rowOf(MertonResult r, long epochDay, double horizon) {
    Integer found = null;
    for (int i = 0; i < r.rows(); i++) {
      if (r.epochDay()[i] == epochDay && r.horizonYears()[i] == horizon) {
        found = i;
      }
    }
    assertNotNull(found, () -> r.firmId() + " has no row for day " + epochDay + " horizon " + horizon);
    return found;
  }
}
