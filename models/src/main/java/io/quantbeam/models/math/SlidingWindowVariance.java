package io.quantbeam.models.math;

/**
 * The variance of a window that slides one element at a time over a caller's array, in O(1) per
 * step, to nearly the accuracy of a two-pass computation.
 *
 * <p>It keeps running sums of (x − c) and (x − c)² around a shift c, the window mean at the last
 * exact (two-pass) evaluation, so the sums do not cancel while the window mean stays near c. It
 * also keeps a bound on the rounding error the running sums have accumulated (every update of a
 * sum adds at most one rounding of the magnitudes involved); when that bound — or the
 * cancellation in Σ(x − c)² − (Σ(x − c))²/n — could exceed 1e−10 of the variance, e.g. after a
 * large value has left a window of otherwise nearly equal values, it recomputes the window
 * exactly. With ordinary data that never happens and each step costs a few flops. A NaN makes
 * the variance NaN while it is inside the window, not after.
 *
 * <p>Mutable scratch object: not thread-safe, allocates nothing.
 */
public final class SlidingWindowVariance {

  /** Relative error accepted on the variance before the sums are rebuilt exactly. */
  private static final double RELATIVE_ERROR_LIMIT = 1e-10;
  private static final double UNIT_ROUNDOFF = 0x1p-53;

  private int count;
  private double shift;
  private double sum;
  private double sumSquares;
  /** Σ of the magnitudes rounded into the running sums since the last rebuild (times u bounds the error). */
  private double roundedMagnitude;

  /** Starts a window over values[from, to), computed exactly; needs at least one element. */
  public void reset(double[] values, int from, int to) {
    if (to - from < 1) {
      throw new IllegalArgumentException("window needs at least one element, got [" + from + ", " + to + ")");
    }
    count = to - from;
    double total = 0;
    for (int i = from; i < to; i++) {
      total += values[i];
    }
    shift = total / count;
    double s = 0;
    double ss = 0;
    for (int i = from; i < to; i++) {
      double d = values[i] - shift;
      s += d;
      ss += d * d;
    }
    sum = s;
    sumSquares = ss;
    roundedMagnitude = count * ss;
  }

  /**
   * Slides the window [from, to) — the one last set by {@link #reset} or this method — one step
   * right: values[to] enters, values[from] leaves, and the window becomes [from + 1, to + 1).
   */
  public void advance(double[] values, int from, int to) {
    double entering = values[to] - shift;
    double leaving = values[from] - shift;
    double enteringSquare = entering * entering;
    double leavingSquare = leaving * leaving;
    sum += entering - leaving;
    sumSquares += enteringSquare - leavingSquare;
    roundedMagnitude += enteringSquare + leavingSquare + sumSquares;
    double centred = sumSquares - sum * sum / count;
    // Negated so that NaN rebuilds too: the window recovers once a NaN has slid out of it.
    if (!(UNIT_ROUNDOFF * (roundedMagnitude + sumSquares) <= RELATIVE_ERROR_LIMIT * centred)) {
      reset(values, from + 1, to + 1);
    }
  }

  /** Number of values in the window. */
  public int count() {
    return count;
  }

  /** Population variance (divisor n). */
  public double populationVariance() {
    return Math.max(sumSquares - sum * sum / count, 0) / count;
  }

  /** Sample variance (divisor n − 1); NaN for a single value. */
  public double sampleVariance() {
    return count < 2 ? Double.NaN : Math.max(sumSquares - sum * sum / count, 0) / (count - 1);
  }
}
