package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.junit.jupiter.api.Test;

class CorrelatedShockGeneratorTest {

  private static final ScenarioLayout LAYOUT = new ScenarioLayout(List.of("EQUITY_SPX", "VOL_SPX", "RATE_USD_10Y"));
  // Daily: 1.2 % equity, 1 vol point, 7 bp; equity/vol correlation −0.7, equity/rate 0.25.
  private static final double[][] COVARIANCE = covariance(new double[] {0.012, 0.01, 0.0007},
      new double[][] {{1, -0.7, 0.25}, {-0.7, 1, -0.2}, {0.25, -0.2, 1}});

  static double[][] covariance(double[] vols, double[][] correlation) {
    int n = vols.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = vols[i] * vols[j] * correlation[i][j];
      }
    }
    return c;
  }

  @Test
  void scenarioDependsOnlyOnSeedAndIndex() {
    CorrelatedShockGenerator generator = new CorrelatedShockGenerator(LAYOUT, COVARIANCE, 42);
    ShockBlock whole = generator.generate(0, 100).build();
    ShockBlock tail = generator.generate(37, 63).build();
    for (int c = 0; c < LAYOUT.size(); c++) {
      for (int i = 0; i < 63; i++) {
        assertEquals(Double.doubleToRawLongBits(whole.shocks()[c][37 + i]), Double.doubleToRawLongBits(tail.shocks()[c][i]));
      }
    }
    ShockBlock again = new CorrelatedShockGenerator(LAYOUT, COVARIANCE, 42).generate(0, 100).build();
    assertArrayEquals(whole.shocks()[0], again.shocks()[0], 0.0);
    ShockBlock otherSeed = new CorrelatedShockGenerator(LAYOUT, COVARIANCE, 43).generate(0, 100).build();
    assertNotEquals(whole.shocks()[0][0], otherSeed.shocks()[0][0]);
  }

  @Test
  void sampleCovarianceMatchesTheInput() {
    int n = 200_000;
    ShockBlock block = new CorrelatedShockGenerator(LAYOUT, COVARIANCE, 1).generate(0, n).build();
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += block.shocks()[a][i] * block.shocks()[b][i];
        }
        double sampleCorrelation = sum / n / Math.sqrt(COVARIANCE[a][a] * COVARIANCE[b][b]);
        double expected = COVARIANCE[a][b] / Math.sqrt(COVARIANCE[a][a] * COVARIANCE[b][b]);
        // Standard error of a correlation estimate is about (1 − ρ²)/√n ≤ 0.0023: allow 5 of them.
        assertEquals(expected, sampleCorrelation, 0.012, a + "," + b);
      }
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += block.shocks()[a][i];
      }
      assertEquals(0, mean / n / Math.sqrt(COVARIANCE[a][a]), 0.012);
    }
  }

  @Test
  void choleskyAgreesWithCommonsMath() {
    CholeskyFactor ours = CholeskyFactor.of(COVARIANCE, LAYOUT.factorIds());
    double[][] theirs = new CholeskyDecomposition(new Array2DRowRealMatrix(COVARIANCE)).getL().getData();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(theirs[i][j], ours.get(i, j), 1e-17);
      }
    }
  }

  @Test
  void acceptsASemiDefiniteMatrixWithAZeroVarianceFactor() {
    double[][] c = {{1e-4, 0, 5e-5}, {0, 0, 0}, {5e-5, 0, 1e-4}};
    CholeskyFactor l = CholeskyFactor.of(c, LAYOUT.factorIds());
    assertEquals(0, l.get(1, 1), 0.0);
    double[] out = new double[3];
    l.multiply(new double[] {1, 1, 1}, out);
    assertEquals(0, out[1], 0.0);
  }

  @Test
  void rejectsAnIndefiniteMatrixNamingTheFactor() {
    double[][] c = covariance(new double[] {0.01, 0.01, 0.01}, new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CholeskyFactor.of(c, LAYOUT.factorIds()));
    assertTrue(e.getMessage().contains("RATE_USD_10Y"), e.getMessage());
  }

  @Test
  void rejectsAnAsymmetricMatrix() {
    double[][] c = {{1e-4, 1e-5, 0}, {2e-5, 1e-4, 0}, {0, 0, 1e-4}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CholeskyFactor.of(c, LAYOUT.factorIds()));
    assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
  }

  @Test
  void rejectsGeneratedRelativeShocksAtOrBelowMinusOne() {
    // A 300 % daily equity volatility makes some relative shocks fall below −1.
    double[][] c = covariance(new double[] {3, 0.01, 0.0007}, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    ShockBlock.Builder builder = new CorrelatedShockGenerator(LAYOUT, c, 5).generate(0, 1000);
    ShockBlock block = builder.build();
    assertTrue(builder.rejections().size() > 100);
    assertEquals(1000, block.size() + builder.rejections().size());
    for (double x : block.shocks()[0]) {
      assertTrue(x > -1);
    }
    assertEquals(ShockRules.RELATIVE_AT_OR_BELOW_MINUS_ONE, builder.rejections().get(0).reason());
  }

  @Test
  void uniformsAreStrictlyInsideTheUnitInterval() {
    long key = ScenarioRandom.streamKey(9, 3);
    for (int k = 0; k < 10_000; k++) {
      double u = ScenarioRandom.uniform(key, k);
      assertTrue(u > 0 && u < 1);
    }
  }
}
