package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Counts of values per bin: {@code counts[b]} values in [edges[b], edges[b + 1]) (the last bin
 * closed), see {@link HistogramBins}. Empty (no edges, no counts) when there were no values.
 */
public record Histogram(double[] edges, long[] counts) implements Serializable {

  public Histogram {
    edges = edges.clone();
    counts = counts.clone();
    if (!(edges.length == 0 && counts.length == 0) && edges.length != counts.length + 1) {
      throw new IllegalArgumentException("a histogram has one more edge than bins");
    }
  }

  public static Histogram empty() {
    return new Histogram(new double[0], new long[0]);
  }

  public long total() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /** This plus {@code other}, bin by bin; either may be empty. */
  public Histogram plus(Histogram other) {
    if (other.counts.length == 0) {
      return this;
    }
    if (counts.length == 0) {
      return other;
    }
    if (!Arrays.equals(edges, other.edges)) {
      throw new IllegalArgumentException("cannot add histograms with different edges");
    }
    long[] sum = counts.clone();
    for (int b = 0; b < sum.length; b++) {
      sum[b] += other.counts[b];
    }
    return new Histogram(edges, sum);
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Histogram h && Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(edges) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Histogram" + Arrays.toString(edges) + Arrays.toString(counts);
  }
}
