package io.quantbeam.models.merton;

import java.util.Objects;

/**
 * A firm's Merton estimates in columns: one row per (estimation date, horizon), ordered by date,
 * then by horizon in the order of {@link MertonSettings#horizonsYears()}.
 *
 * <p>Asset value is in the currency of the input; asset volatility is annualised (σ·√252 for
 * daily units); distance to default is NaN where it is undefined (the firm is unlevered that
 * day); default probability is N(−DD), 0 when unlevered. {@code solves} counts the
 * Black–Scholes solves spent on the row; {@code converged} is false when a solve or the
 * volatility fixed point did not reach its tolerance. Arrays are owned by this object and must
 * not be changed by callers.
 */
public record MertonResult(
    String firmId,
    MertonMethod method,
    long[] epochDay,
    double[] horizonYears,
    double[] assetValue,
    double[] assetVolatility,
    double[] distanceToDefault,
    double[] defaultProbability,
    int[] solves,
    boolean[] converged,
    long totalSolves,
    boolean insufficientHistory) {

  public MertonResult {
    Objects.requireNonNull(firmId, "firmId");
    Objects.requireNonNull(method, "method");
    int n = epochDay.length;
    if (horizonYears.length != n || assetValue.length != n || assetVolatility.length != n
        || distanceToDefault.length != n || defaultProbability.length != n || solves.length != n
        || converged.length != n) {
      throw new IllegalArgumentException("firm " + firmId + ": result column lengths differ");
    }
  }

  /** A firm with too few rows for the method's window: no rows, counted by the caller. */
  public static MertonResult insufficientHistory(String firmId, MertonMethod method) {
    return new MertonResult(firmId, method, new long[0], new double[0], new double[0], new double[0],
        new double[0], new double[0], new int[0], new boolean[0], 0, true);
  }

  public int rows() {
    return epochDay.length;
  }

  /** Rows whose estimate did not converge. */
  public int nonConvergedRows() {
    int count = 0;
    for (boolean c : converged) {
      if (!c) {
        count++;
      }
    }
    return count;
  }
}
