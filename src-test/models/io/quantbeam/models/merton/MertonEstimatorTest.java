package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MertonEstimatorTest {

  @Test
  void rejectsARiskFreeRateOfMinus100PercentOrLess() {
    FirmHistory base = TestFirms.gbm("RATE", 300, 3, 0.3, 1);
    double[] rate = base.riskFreeRate().clone();
    rate[123] = -1;
    FirmHistory firm = new FirmHistory("RATE", base.epochDays(), base.equityValue(), base.faceValueDebt(), rate);
    for (MertonMethod method : MertonMethod.values()) {
      MertonEstimator estimator = new MertonEstimator(new MertonSettings(method, new double[] {1}, Estimation.DAILY, Drift.EMPIRICAL));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> estimator.estimate(firm));
      assertTrue(e.getMessage().contains("RATE") && e.getMessage().contains("index 123"), e.getMessage());
    }
  }

  @Test
  void everyMethodLabelsItsResult() {
    FirmHistory firm = TestFirms.gbm("LABEL", 260, 4, 0.3, 1);
    for (MertonMethod method : MertonMethod.values()) {
      MertonResult r = new MertonEstimator(new MertonSettings(method, new double[] {2}, Estimation.DAILY, Drift.EMPIRICAL)).estimate(firm);
      assertEquals(method, r.method());
      assertEquals("LABEL", r.firmId());
      assertTrue(r.rows() > 0);
    }
  }
}
