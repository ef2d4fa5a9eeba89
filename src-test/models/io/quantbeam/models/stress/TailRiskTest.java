package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TailRiskTest {

  private static final List<ConfidenceLevel> LEVELS = List.of(ConfidenceLevel.parse("0.95"),
      ConfidenceLevel.parse("0.99"), ConfidenceLevel.parse("0.975"), ConfidenceLevel.parse("0.999"));

  @Test
  void tailCountUsesExactDecimalArithmetic() {
    assertEquals(151, (long) Math.ceil((1 - 0.95) * 3000), "binary floating point overshoots");
    assertEquals(150, ConfidenceLevel.parse("0.95").tailCount(3000));
    assertEquals(1, ConfidenceLevel.parse("0.99").tailCount(1));
    assertEquals(3, ConfidenceLevel.parse("0.99").tailCount(201));
    assertEquals(0, ConfidenceLevel.parse("0.99").tailCount(0));
    assertEquals(25_000, ConfidenceLevel.parse("0.975").tailCount(1_000_000));
  }

  @Test
  void rejectsLevelsOutsideTheOpenUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLevel.parse("1"));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLevel.parse("0"));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLevel.parse("ninety"));
  }

  @Test
  void varAndEsEqualABruteForceSortIncludingTies() {
    Random random = new Random(17);
    for (int n : new int[] {1, 7, 99, 101, 1234, 3000, 20_011}) {
      double[] pnl = new double[n];
      for (int i = 0; i < n; i++) {
        // Rounded to whole units so that many scenarios tie, in the tail too.
        pnl[i] = Math.rint(random.nextGaussian() * 50);
      }
      PnlSeries series = collateInRandomPieces(pnl, random);
      double[] losses = new double[n];
      for (int i = 0; i < n; i++) {
        losses[i] = -pnl[i];
      }
      Arrays.sort(losses);
      for (ConfidenceLevel level : LEVELS) {
        long m = level.tailCount(n);
        TailRisk risk = series.tailRisk(level);
        double expectedVar = losses[n - (int) m];
        BigDecimal tailSum = BigDecimal.ZERO;
        for (int k = 0; k < m; k++) {
          tailSum = tailSum.add(new BigDecimal(losses[n - 1 - k]));
        }
        double expectedEs = tailSum.divide(BigDecimal.valueOf(m), MathContext.DECIMAL128).doubleValue();
        assertEquals(expectedVar, risk.valueAtRisk(), 0.0, "VaR n=" + n + " level=" + level.text());
        assertEquals(expectedEs, risk.expectedShortfall(), 0.0, "ES n=" + n + " level=" + level.text());
        assertEquals(m, risk.tailCount());
      }
    }
  }

  @Test
  void meanAndSampleStandardDeviationAreExact() {
    Random random = new Random(23);
    int n = 5003;
    double[] pnl = new double[n];
    for (int i = 0; i < n; i++) {
      pnl[i] = random.nextGaussian() * 1e5 + 2e6;
    }
    PnlSeries series = collateInRandomPieces(pnl, random);
    BigDecimal sum = BigDecimal.ZERO;
    for (double x : pnl) {
      sum = sum.add(new BigDecimal(x));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (double x : pnl) {
      BigDecimal d = new BigDecimal(x).subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    double expectedStd = Math.sqrt(squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).doubleValue());
    assertEquals(mean.doubleValue(), series.mean(), 0.0);
    assertEquals(expectedStd, series.standardDeviation(), 1e-15 * expectedStd);
    assertEquals(Arrays.stream(pnl).min().getAsDouble(), series.min(), 0.0);
    assertEquals(Arrays.stream(pnl).max().getAsDouble(), series.max(), 0.0);
  }

  @Test
  void largestLossesAreRankedWithTiesBrokenBySmallestScenarioId() {
    TopLosses top = new TopLosses(4);
    double[] losses = {5, 9, 9, 1, 9, 7, 9};
    for (int i = losses.length - 1; i >= 0; i--) {
      top.add(losses[i], 100 + i);
    }
    TopLosses.Ranked ranked = top.ranked();
    assertArrayEquals(new double[] {9, 9, 9, 9}, ranked.losses(), 0.0);
    assertArrayEquals(new long[] {101, 102, 104, 106}, ranked.scenarioIds());
  }

  @Test
  void keptSetDoesNotDependOnInsertionOrder() {
    Random random = new Random(3);
    int n = 10_000;
    double[] losses = new double[n];
    for (int i = 0; i < n; i++) {
      losses[i] = random.nextInt(200);
    }
    TopLosses forward = new TopLosses(300);
    TopLosses backward = new TopLosses(300);
    for (int i = 0; i < n; i++) {
      forward.add(losses[i], i);
      backward.add(losses[n - 1 - i], n - 1 - i);
    }
    assertArrayEquals(forward.ranked().scenarioIds(), backward.ranked().scenarioIds());
    assertTrue(forward.ranked().size() == 300);
  }

  @Test
  void tooSmallACapacityIsAnErrorNotAWrongAnswer() {
    PnlSeries series = new PnlSeries(3);
    for (int i = 0; i < 100; i++) {
      series.add(i, i);
    }
    assertThrows(IllegalStateException.class, () -> series.tailRisk(ConfidenceLevel.parse("0.95")));
  }

  @Test
  void aSeriesSerialisesCompactlyAndComesBackWithTheSameFigures() throws Exception {
    PnlSeries series = new PnlSeries(500);
    Random random = new Random(8);
    for (int i = 0; i < 9_000; i++) { // 5 % of 9,000 is 450: the tail fits
      series.add(random.nextGaussian(), i);
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(series);
    }
    assertTrue(bytes.size() < 500 * 16 + 4000, "serialised size " + bytes.size());
    PnlSeries back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (PnlSeries) in.readObject();
    }
    SeriesFigures before = series.figures(LEVELS, 10);
    SeriesFigures after = back.figures(LEVELS, 10);
    assertEquals(before.tailRisks(), after.tailRisks());
    assertEquals(before.mean(), after.mean(), 0.0);
    assertEquals(before.standardDeviation(), after.standardDeviation(), 0.0);
    assertArrayEquals(before.worst().scenarioIds(), after.worst().scenarioIds());
    back.add(-1000, -1);
    assertEquals(-1, back.largestLosses().scenarioIds()[0], "the restored series keeps working");
  }

  /** Feeds the P&L through randomly sized partial series merged in random order. */
  private static PnlSeries collateInRandomPieces(double[] pnl, Random random) {
    int capacity = PnlDistribution.tailCapacity(LEVELS, pnl.length, 10);
    PnlSeries result = new PnlSeries(capacity);
    int start = 0;
    while (start < pnl.length) {
      int end = Math.min(pnl.length, start + 1 + random.nextInt(700));
      PnlSeries piece = new PnlSeries(capacity);
      for (int i = start; i < end; i++) {
        piece.add(pnl[i], i);
      }
      if (random.nextBoolean()) {
        result.merge(piece);
      } else {
        piece.merge(result);
        result = piece;
      }
      start = end;
    }
    return result;
  }
}
