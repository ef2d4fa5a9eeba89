package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreivaldsResidualTest {

  private static final int M = 40;
  private static final int K = 30;
  private static final int N = 20;
  private static final int P = 2;

  private final BlockGemm gemm = new BlockGemm();
  private final FreivaldsProbe probe = new FreivaldsProbe(5, P);
  private final MatrixBlock a = new SeededBlockGenerator(1).block(new MatrixLayout(M, K, M, K), 0, 0);
  private final MatrixBlock b = new SeededBlockGenerator(2).block(new MatrixLayout(K, N, K, N), 0, 0);

  @Test
  void probeEntriesHaveMagnitudeAtLeastOneAndBothSigns() {
    double[] x = probe.block(3, 500);
    assertEquals(1000, x.length);
    int negative = 0;
    for (double v : x) {
      assertTrue(Math.abs(v) >= 1 && Math.abs(v) < 2, "entry " + v);
      negative += v < 0 ? 1 : 0;
    }
    assertTrue(negative > 400 && negative < 600, negative + " negative of 1000");
    assertArrayEquals(x, probe.block(3, 500), 0.0);
  }

  @Test
  void magnitudeProductIsAbsoluteValuesTimesPanel() {
    MatrixBlock m = new MatrixBlock(0, 0, 2, 3, new double[] {1, -2, 3, -4, 5, -6});
    double[] v = {1, 2, 3, 4, 5, 6};
    double[] out = {10, 20, 30, 40};
    FreivaldsResidual.accumulateMagnitude(m, v, 2, out);
    // |M| = [1 2 3; 4 5 6]; |M|·v = [22 28; 49 64]; added to what was there.
    assertArrayEquals(new double[] {32, 48, 79, 104}, out, 0.0);
  }

  @Test
  void correctProductPassesWithARoundingSizedResidual() {
    double[] c = new double[M * N];
    gemm.multiplyAdd(a, b, c);
    FreivaldsVerdict verdict = check(c);
    assertTrue(verdict.passed(), verdict.describe());
    assertTrue(verdict.worstRatio() < 1e-14, verdict.describe());
    assertEquals(M, verdict.rowsChecked());
  }

  @Test
  void catchesASingleCorruptedElement() {
    double[] c = new double[M * N];
    gemm.multiplyAdd(a, b, c);
    c[17 * N + 11] += 1e-6;
    FreivaldsVerdict verdict = check(c);
    assertFalse(verdict.passed(), verdict.describe());
    assertEquals(17, verdict.worstRow());
  }

  @Test
  void nanFailsAndIsTheWorst() {
    double[] c = new double[M * N];
    gemm.multiplyAdd(a, b, c);
    c[3] = Double.NaN;
    FreivaldsVerdict verdict = check(c);
    assertFalse(verdict.passed());
    assertTrue(Double.isNaN(verdict.worstRatio()));
    FreivaldsVerdict big = new FreivaldsVerdict(1e3, 5, 10, 1e-9);
    assertTrue(Double.isNaN(big.combine(verdict).worstRatio()));
    assertTrue(Double.isNaN(verdict.combine(big).worstRatio()));
  }

  @Test
  void combiningKeepsTheWorstRowAndCountsAllRows() {
    FreivaldsVerdict small = new FreivaldsVerdict(1e-16, 3, 10, 1e-9);
    FreivaldsVerdict large = new FreivaldsVerdict(2e-15, 12, 10, 1e-9);
    FreivaldsVerdict empty = FreivaldsVerdict.empty(1e-9);
    assertEquals(new FreivaldsVerdict(2e-15, 12, 20, 1e-9), small.combine(large));
    assertEquals(small.combine(large), large.combine(small));
    assertEquals(small, empty.combine(small));
    assertEquals(small, small.combine(empty));
  }

  @Test
  void nonZeroResidualWhereTheBoundIsZeroFails() {
    FreivaldsVerdict verdict = FreivaldsResidual.compare(100, new double[] {0, 1e-300}, new double[] {0, 0},
        new double[] {0, 0}, 1, 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, verdict.worstRatio());
    assertEquals(101, verdict.worstRow());
  }

  private FreivaldsVerdict check(double[] c) {
    double[] x = probe.block(0, N);
    double[] bx = new double[K * P];
    double[] bound = new double[K * P];
    gemm.multiplyAdd(K, P, N, b.values(), x, bx);
    FreivaldsResidual.accumulateMagnitude(b, FreivaldsProbe.magnitudes(x), P, bound);
    double[] abx = new double[M * P];
    double[] abBound = new double[M * P];
    gemm.multiplyAdd(M, P, K, a.values(), bx, abx);
    FreivaldsResidual.accumulateMagnitude(a, bound, P, abBound);
    double[] cx = new double[M * P];
    gemm.multiplyAdd(M, P, N, c, x, cx);
    return FreivaldsResidual.compare(0, cx, abx, abBound, P, 1e-9);
  }
}
