package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Euler contributions against a brute-force reading of a P&amp;L matrix: they sum to ES and VaR, match
 * each position's mean tail loss, and do not depend on how scenarios are split and merged — with
 * ties in the total loss, where the tail set is decided by scenario id.
 */
class TailContributionsTest {

  @ParameterizedTest
  @CsvSource({"1, 5, 40, 0.95;0.99;0.975", "2, 30, 1000, 0.95;0.99;0.975", "3, 7, 333, 0.9;0.999",
      "4, 120, 3000, 0.95;0.99", "5, 1, 50, 0.5;0.98"})
  void contributionsSumToTheTotalsAndMatchBruteForce(long seed, int positions, int scenarios, String levelList)
      throws Exception {
    Random random = new Random(seed);
    double[][] pnl = new double[positions][scenarios];
    int[] books = new int[positions];
    for (int p = 0; p < positions; p++) {
      books[p] = p % 3;
      double scale = Math.pow(10, random.nextInt(6));
      for (int s = 0; s < scenarios; s++) {
        pnl[p][s] = scale * random.nextGaussian();
      }
    }
    // Ties: every fifth scenario repeats the one before, so equal total losses straddle the cut-offs.
    for (int s = 5; s < scenarios; s += 5) {
      for (int p = 0; p < positions; p++) {
        pnl[p][s] = pnl[p][s - 1];
      }
    }
    long[] ids = new long[scenarios];
    for (int s = 0; s < scenarios; s++) {
      ids[s] = ScenarioRandom.mix(seed * 1000 + s);  // sparse ids; ties are ranked by them
    }
    double[] total = new double[scenarios];
    for (int s = 0; s < scenarios; s++) {
      for (int p = 0; p < positions; p++) {
        total[s] += pnl[p][s];  // position order, as the revaluer sums
      }
    }
    List<ConfidenceLevel> levels = Arrays.stream(levelList.split(";")).map(ConfidenceLevel::parse).toList();
    long[] m = levels.stream().mapToLong(l -> l.tailCount(scenarios)).toArray();
    List<Integer> byRank = new ArrayList<>();
    for (int s = 0; s < scenarios; s++) {
      byRank.add(s);
    }
    byRank.sort(Comparator.comparingDouble((Integer s) -> total[s]).thenComparingLong(s -> ids[s]));
    long largest = Arrays.stream(m).max().getAsLong();

    // Feed the tail scenarios in random order, split over random shards, each merged after a serialisation trip.
    List<Integer> tail = new ArrayList<>(byRank.subList(0, (int) largest));
    Collections.shuffle(tail, random);
    TailContributions merged = new TailContributions(m, positions);
    for (int from = 0; from < tail.size(); ) {
      int to = Math.min(tail.size(), from + 1 + random.nextInt(40));
      TailContributions shard = new TailContributions(m, positions);
      for (int k = from; k < to; k++) {
        int s = tail.get(k);
        shard.add(byRank.indexOf(s), ids[s], pnl, s);
      }
      merged.merge(roundTrip(shard));
      from = to;
    }

    PnlSeries series = new PnlSeries((int) largest);
    for (int s = 0; s < scenarios; s++) {
      series.add(total[s], ids[s]);
    }
    for (int l = 0; l < levels.size(); l++) {
      TailContributions.Contributions c = merged.contributions(l, books, 3);
      TailRisk risk = series.tailRisk(levels.get(l));
      assertEquals(risk.expectedShortfall(), Arrays.stream(c.esByPosition()).sum(),
          1e-9 * Math.abs(risk.expectedShortfall()), "positions' ES contributions add up to ES");
      assertEquals(risk.expectedShortfall(), Arrays.stream(c.esByBook()).sum(),
          1e-9 * Math.abs(risk.expectedShortfall()), "books' ES contributions add up to ES");
      assertEquals(risk.valueAtRisk(), Arrays.stream(c.varByPosition()).sum(), 1e-9 * Math.abs(risk.valueAtRisk()),
          "positions' VaR contributions add up to VaR");
      int varScenario = byRank.get((int) m[l] - 1);
      assertEquals(ids[varScenario], c.varScenarioId());
      for (int p = 0; p < positions; p++) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < m[l]; r++) {
          sum = sum.add(new BigDecimal(pnl[p][byRank.get(r)]));
        }
        double expected = -sum.divide(BigDecimal.valueOf(m[l]), MathContext.DECIMAL128).doubleValue();
        assertEquals(expected, c.esByPosition()[p], 0.0, "position " + p + " at " + levels.get(l).text());
        assertEquals(-pnl[p][varScenario], c.varByPosition()[p], 0.0);
      }
    }
  }

  private static TailContributions roundTrip(TailContributions c) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (TailContributions) in.readObject();
    }
  }
}
