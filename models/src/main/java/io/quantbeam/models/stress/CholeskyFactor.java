package io.quantbeam.models.stress;

import java.util.List;

/**
 * The lower-triangular L with L·Lᵀ = Σ of a symmetric positive semi-definite covariance matrix,
 * stored row by row (row i holds L[i][0 … i]).
 *
 * <p>A pivot that is zero up to rounding (≤ 1e-12 of its diagonal entry, e.g. a factor with no
 * variance or one that is an exact combination of earlier factors) gives a zero column, which is
 * what semi-definiteness allows; a clearly negative pivot is rejected, naming the factor.
 */
public final class CholeskyFactor {

  private static final double RELATIVE_PIVOT_TOLERANCE = 1e-12;
  private static final double SYMMETRY_TOLERANCE = 1e-10;

  private final int size;
  private final double[] lower;

  private CholeskyFactor(int size, double[] lower) {
    this.size = size;
    this.lower = lower;
  }

  /**
   * Factors {@code covariance}, whose rows and columns are the factors {@code names} (used in
   * messages). Throws when it is not square, not symmetric (to 1e-10 relative), not finite or not
   * positive semi-definite.
   */
  public static CholeskyFactor of(double[][] covariance, List<String> names) {
    int n = covariance.length;
    if (names.size() != n) {
      throw new IllegalArgumentException("covariance has " + n + " rows but " + names.size() + " factor names");
    }
    for (int i = 0; i < n; i++) {
      if (covariance[i].length != n) {
        throw new IllegalArgumentException("covariance row " + names.get(i) + " has " + covariance[i].length
            + " values, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        double a = covariance[i][j];
        if (!Double.isFinite(a)) {
          throw new IllegalArgumentException("covariance of " + names.get(i) + " and " + names.get(j) + " is not finite: " + a);
        }
        double b = covariance[j][i];
        if (Math.abs(a - b) > SYMMETRY_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
          throw new IllegalArgumentException("covariance is not symmetric: " + names.get(i) + "/" + names.get(j) + " = " + a
              + " but " + names.get(j) + "/" + names.get(i) + " = " + b);
        }
      }
    }
    double[] l = new double[n * (n + 1) / 2];
    for (int i = 0; i < n; i++) {
      int rowI = i * (i + 1) / 2;
      for (int j = 0; j <= i; j++) {
        int rowJ = j * (j + 1) / 2;
        double sum = covariance[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[rowI + k] * l[rowJ + k];
        }
        if (i == j) {
          double diagonal = covariance[i][i];
          if (sum > RELATIVE_PIVOT_TOLERANCE * diagonal) {
            l[rowI + i] = Math.sqrt(sum);
          } else if (sum < -RELATIVE_PIVOT_TOLERANCE * Math.max(diagonal, Double.MIN_NORMAL)) {
            throw new IllegalArgumentException("covariance is not positive semi-definite: pivot of factor "
                + names.get(i) + " is " + sum);
          } else {
            l[rowI + i] = 0;
          }
        } else {
          double pivot = l[rowJ + j];
          l[rowI + j] = pivot == 0 ? 0 : sum / pivot;
        }
      }
    }
    return new CholeskyFactor(n, l);
  }

  public int size() {
    return size;
  }

  /** L[i][j] (0 above the diagonal). */
  public double get(int i, int j) {
    return j > i ? 0 : lower[i * (i + 1) / 2 + j];
  }

  /** out = L·z, summing each row in column order. */
  public void multiply(double[] z, double[] out) {
    int index = 0;
    for (int i = 0; i < size; i++) {
      double sum = 0;
      for (int k = 0; k <= i; k++) {
        sum += lower[index++] * z[k];
      }
      out[i] = sum;
    }
  }
}
