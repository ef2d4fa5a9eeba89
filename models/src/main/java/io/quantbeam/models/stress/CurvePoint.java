package io.quantbeam.models.stress;

/**
 * Where a time falls on a curve's node grid, precomputed once so that reading the rate in any
 * scenario is two multiplications: {@code rate = rates[lower]·lowerWeight + rates[lower + 1]·upperWeight}.
 *
 * <p>Between nodes the weights are the linear-interpolation weights; before the first node the
 * point is (0, 1, 0) and beyond the last (n − 2, 0, 1), which gives flat extrapolation. At a node
 * one weight is exactly 1 and the other exactly 0, so node rates are reproduced exactly.
 */
public record CurvePoint(double timeYears, int lower, double lowerWeight, double upperWeight) {

  /** Locates {@code timeYears} on the increasing node times {@code nodeTimes} (at least two). */
  public static CurvePoint locate(double[] nodeTimes, double timeYears) {
    int n = nodeTimes.length;
    if (n < 2) {
      throw new IllegalArgumentException("a curve needs at least two nodes, got " + n);
    }
    if (!(timeYears > nodeTimes[0])) {
      return new CurvePoint(timeYears, 0, 1, 0);
    }
    if (timeYears >= nodeTimes[n - 1]) {
      return new CurvePoint(timeYears, n - 2, 0, 1);
    }
    int lower = 0;
    while (nodeTimes[lower + 1] <= timeYears) {
      lower++;
    }
    double w = (timeYears - nodeTimes[lower]) / (nodeTimes[lower + 1] - nodeTimes[lower]);
    return new CurvePoint(timeYears, lower, 1 - w, w);
  }

  /** The interpolated rate from node rates stored at {@code rates[offset + node]}. */
  public double rate(double[] rates, int offset) {
    return rates[offset + lower] * lowerWeight + rates[offset + lower + 1] * upperWeight;
  }
}
