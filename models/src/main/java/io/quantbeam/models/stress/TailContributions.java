package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Euler risk contributions of positions to the total's tail, accumulated over shards in any order
 * with identical results. For a level with tail count m (the m largest total losses, ranked by
 * (loss, scenario id) as everywhere), a position's ES contribution is its mean loss over exactly
 * those m scenarios, and its VaR contribution its loss in the m-th (the VaR scenario); summed over
 * positions they give the total's ES and VaR (up to the rounding of each scenario's total, which
 * is summed in position order). Losses are positive, base currency.
 *
 * <p>Tail sets of different levels are nested, so the ranks 0 … m_max − 1 are cut into bands at
 * each level's m, and each band keeps an exact sum ({@link ExactSum}) per position; a level's sum
 * is the sum of the bands below its m. A band's sums are allocated when its first scenario arrives.
 */
public final class TailContributions implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] tailCounts;
  private final long[] bandEnds;
  private final int positions;
  private final ExactSum[][] bandSums;
  private final double[][] varPnl;
  private final long[] varScenario;

  /**
   * @param tailCounts m of each level, in the levels' order (0 for a level with no tail)
   * @param positions number of positions
   */
  public TailContributions(long[] tailCounts, int positions) {
    this.tailCounts = tailCounts.clone();
    this.bandEnds = Arrays.stream(tailCounts).filter(m -> m > 0).distinct().sorted().toArray();
    this.positions = positions;
    this.bandSums = new ExactSum[bandEnds.length][];
    this.varPnl = new double[tailCounts.length][];
    this.varScenario = new long[tailCounts.length];
  }

  /** The largest m of all levels: ranks below it are the scenarios this needs. */
  public long largestTailCount() {
    return bandEnds.length == 0 ? 0 : bandEnds[bandEnds.length - 1];
  }

  /**
   * Adds the scenario of total-loss rank {@code rank} (0 = the largest loss), whose position
   * P&amp;L is {@code pnl[position][column]}.
   */
  public void add(long rank, long scenarioId, double[][] pnl, int column) {
    int band = 0;
    while (band < bandEnds.length && rank >= bandEnds[band]) {
      band++;
    }
    if (band == bandEnds.length) {
      throw new IllegalArgumentException("rank " + rank + " is outside every tail (largest m " + largestTailCount() + ")");
    }
    ExactSum[] sums = bandSums[band];
    if (sums == null) {
      sums = newSums();
      bandSums[band] = sums;
    }
    for (int p = 0; p < positions; p++) {
      sums[p].add(pnl[p][column]);
    }
    for (int level = 0; level < tailCounts.length; level++) {
      if (rank == tailCounts[level] - 1) {
        double[] at = new double[positions];
        for (int p = 0; p < positions; p++) {
          at[p] = pnl[p][column];
        }
        varPnl[level] = at;
        varScenario[level] = scenarioId;
      }
    }
  }

  /** Adds another accumulator of the same levels and positions (each scenario in exactly one of them). */
  public void merge(TailContributions other) {
    if (!Arrays.equals(tailCounts, other.tailCounts) || positions != other.positions) {
      throw new IllegalArgumentException("contributions of different tails or portfolios cannot be merged");
    }
    for (int b = 0; b < bandEnds.length; b++) {
      if (other.bandSums[b] == null) {
        continue;
      }
      if (bandSums[b] == null) {
        bandSums[b] = newSums();
      }
      for (int p = 0; p < positions; p++) {
        bandSums[b][p].add(other.bandSums[b][p]);
      }
    }
    for (int level = 0; level < tailCounts.length; level++) {
      if (other.varPnl[level] != null) {
        varPnl[level] = other.varPnl[level];
        varScenario[level] = other.varScenario[level];
      }
    }
  }

  /** A fresh accumulator of the same levels and positions. */
  public TailContributions emptyCopy() {
    return new TailContributions(tailCounts, positions);
  }

  /**
   * The contributions at level {@code level} (index into the levels), per position and per book.
   *
   * @param positionBooks each position's book index
   * @param books number of books
   * @throws IllegalStateException when a scenario of the level's tail has not been added
   */
  public Contributions contributions(int level, int[] positionBooks, int books) {
    long m = tailCounts[level];
    if (m == 0) {
      double[] none = new double[positions];
      Arrays.fill(none, Double.NaN);
      double[] noBooks = new double[books];
      Arrays.fill(noBooks, Double.NaN);
      return new Contributions(0, -1, none, none.clone(), noBooks, noBooks.clone());
    }
    if (varPnl[level] == null) {
      throw new IllegalStateException("the VaR scenario (rank " + (m - 1) + ") was never added");
    }
    ExactSum[] positionSums = newSums();
    ExactSum[] bookSums = new ExactSum[books];
    ExactSum[] bookVar = new ExactSum[books];
    for (int b = 0; b < books; b++) {
      bookSums[b] = new ExactSum();
      bookVar[b] = new ExactSum();
    }
    for (int band = 0; band < bandEnds.length && bandEnds[band] <= m; band++) {
      if (bandSums[band] == null) {
        throw new IllegalStateException("no scenario of tail ranks below " + bandEnds[band] + " was added");
      }
      for (int p = 0; p < positions; p++) {
        positionSums[p].add(bandSums[band][p]);
      }
    }
    double[] es = new double[positions];
    double[] var = new double[positions];
    for (int p = 0; p < positions; p++) {
      es[p] = -positionSums[p].divide(m);
      var[p] = -varPnl[level][p];
      bookSums[positionBooks[p]].add(positionSums[p]);
      bookVar[positionBooks[p]].add(varPnl[level][p]);
    }
    double[] esBook = new double[books];
    double[] varBook = new double[books];
    for (int b = 0; b < books; b++) {
      esBook[b] = -bookSums[b].divide(m);
      varBook[b] = -bookVar[b].doubleValue();
    }
    return new Contributions(m, varScenario[level], es, var, esBook, varBook);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TailContributions t && positions == t.positions && Arrays.equals(tailCounts, t.tailCounts)
        && Arrays.deepEquals(bandSums, t.bandSums) && Arrays.deepEquals(varPnl, t.varPnl)
        && Arrays.equals(varScenario, t.varScenario);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tailCounts) * 31 + Arrays.hashCode(varScenario);
  }

  private ExactSum[] newSums() {
    ExactSum[] sums = new ExactSum[positions];
    for (int p = 0; p < positions; p++) {
      sums[p] = new ExactSum();
    }
    return sums;
  }

  /**
   * One level's contributions, losses positive, base currency.
   *
   * @param tailCount m
   * @param varScenarioId the scenario whose loss is the VaR (rank m − 1), or −1 with no tail
   * @param esByPosition each position's mean loss over the m tail scenarios
   * @param varByPosition each position's loss in the VaR scenario
   * @param esByBook each book's (exact sum of its positions' tail losses) / m
   * @param varByBook each book's loss in the VaR scenario (exact sum of its positions', rounded once)
   */
  public record Contributions(long tailCount, long varScenarioId, double[] esByPosition, double[] varByPosition,
      double[] esByBook, double[] varByBook) implements Serializable {}
}
