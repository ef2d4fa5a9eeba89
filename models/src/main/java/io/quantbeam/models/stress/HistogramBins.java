package io.quantbeam.models.stress;

import java.util.Arrays;

/**
 * Fixed bin edges for a histogram of P&amp;L: {@code bins} equal-width bins from min to max
 * (edges[0] = min, edges[bins] = max exactly). Bin b holds edges[b] ≤ x &lt; edges[b + 1]; the last
 * bin also holds max. Values outside [min, max] are clamped to the first or last bin. With
 * min = max there is one bin. Edges come from the exact min and max, so they and the counts are the
 * same for any sharding.
 */
public record HistogramBins(double[] edges) {

  public HistogramBins {
    edges = edges.clone();
    if (edges.length < 2) {
      throw new IllegalArgumentException("a histogram needs at least one bin");
    }
  }

  public static HistogramBins between(double min, double max, int bins) {
    if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("histogram range must be finite with min <= max, got " + min + ", " + max);
    }
    if (bins < 1) {
      throw new IllegalArgumentException("histogram needs at least one bin, got " + bins);
    }
    if (min == max) {
      return new HistogramBins(new double[] {min, max});
    }
    double[] edges = new double[bins + 1];
    double width = max - min;
    for (int b = 0; b < bins; b++) {
      edges[b] = min + width * b / bins;
    }
    edges[bins] = max;
    return new HistogramBins(edges);
  }

  public int bins() {
    return edges.length - 1;
  }

  /** The bin of {@code x}: the last b with edges[b] ≤ x, within [0, bins − 1]. */
  public int binOf(double x) {
    int lo = 0;
    int hi = edges.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (edges[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Counts of {@code values} per bin, added into {@code counts}. */
  public void count(double[] values, long[] counts) {
    for (double v : values) {
      counts[binOf(v)]++;
    }
  }

  /** The histogram of {@code values} on these bins. */
  public Histogram histogram(double[] values) {
    long[] counts = new long[bins()];
    count(values, counts);
    return new Histogram(edges, counts);
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistogramBins h && Arrays.equals(edges, h.edges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(edges);
  }
}
