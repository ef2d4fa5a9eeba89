package io.quantbeam.models.matmul;

import java.io.Serializable;

/**
 * Outcome of Freivalds' check of C = A·B: the worst componentwise relative residual
 * |C·x − A·(B·x)|ᵢ / (|A|·(|B|·|x|))ᵢ over all rows i and probe vectors x, and the matrix row where
 * it occurs. The denominator bounds the rounding error of a correct product, so a correct result
 * scores about n·2⁻⁵³ and a corrupted one far more.
 *
 * @param worstRatio the largest relative residual (NaN if a residual was NaN, +∞ if a residual was
 *     non-zero where the bound is zero)
 * @param worstRow the matrix row of C with that residual, -1 if no row was checked
 * @param rowsChecked number of rows of C compared
 * @param tolerance the largest acceptable ratio
 */
public record FreivaldsVerdict(double worstRatio, long worstRow, long rowsChecked, double tolerance)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public FreivaldsVerdict {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
    }
    if (rowsChecked < 0) {
      throw new IllegalArgumentException("rowsChecked must be >= 0, got " + rowsChecked);
    }
  }

  /** A verdict over no rows, the identity of {@link #combine}. */
  public static FreivaldsVerdict empty(double tolerance) {
    return new FreivaldsVerdict(0.0, -1, 0, tolerance);
  }

  /** True if every residual is within tolerance (false for NaN). */
  public boolean passed() {
    return worstRatio <= tolerance;
  }

  /** The verdict over the rows of both: the worse ratio (NaN worst; ties go to the lower row). */
  public FreivaldsVerdict combine(FreivaldsVerdict other) {
    long rows = rowsChecked + other.rowsChecked;
    boolean otherWorse = severity(other.worstRatio) > severity(worstRatio)
        || (severity(other.worstRatio) == severity(worstRatio) && other.worstRow >= 0
            && (worstRow < 0 || other.worstRow < worstRow));
    FreivaldsVerdict worse = otherWorse ? other : this;
    return new FreivaldsVerdict(worse.worstRatio, worse.worstRow, rows, Math.max(tolerance, other.tolerance));
  }

  private static double severity(double ratio) {
    return Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
  }

  /** One line for logs and errors. */
  public String describe() {
    return (passed() ? "passed" : "FAILED") + ": worst relative residual " + worstRatio + " at row " + worstRow
        + " (tolerance " + tolerance + ", " + rowsChecked + " rows checked)";
  }
}
