package io.quantbeam.models.matmul;

/**
 * The arithmetic of Freivalds' check that is not a plain product: the rounding bound |M|·v for a
 * non-negative panel v, and the comparison of C·X with A·(B·X) row by row. The products themselves
 * go through {@link BlockGemm}. Panels are row-major with p columns (one per probe vector).
 */
public final class FreivaldsResidual {

  private FreivaldsResidual() {}

  /**
   * out += |M|·v where M is the block (rows×cols), v is cols×p and non-negative, out is rows×p.
   * Memory-bound: one pass over M.
   */
  public static void accumulateMagnitude(MatrixBlock m, double[] v, int p, double[] out) {
    if (v.length != (long) m.cols() * p || out.length != (long) m.rows() * p) {
      throw new IllegalArgumentException("panels must be " + m.cols() + " x " + p + " and " + m.rows() + " x " + p
          + ", got " + v.length + " and " + out.length + " values");
    }
    double[] a = m.values();
    int cols = m.cols();
    for (int r = 0; r < m.rows(); r++) {
      int row = r * cols;
      for (int q = 0; q < p; q++) {
        double sum = 0.0;
        for (int c = 0, vi = q; c < cols; c++, vi += p) {
          sum += Math.abs(a[row + c]) * v[vi];
        }
        out[r * p + q] += sum;
      }
    }
  }

  /**
   * Compares the panels of one block row of C (rows×p each): the worst |product − reference| / bound.
   *
   * @param firstRow matrix row of the panels' first row, for reporting
   * @param product C·X
   * @param reference A·(B·X)
   * @param bound |A|·(|B|·|X|)
   */
  public static FreivaldsVerdict compare(long firstRow, double[] product, double[] reference, double[] bound, int p,
      double tolerance) {
    if (product.length != reference.length || product.length != bound.length || product.length % p != 0) {
      throw new IllegalArgumentException("panels must have equal lengths divisible by p=" + p + ", got "
          + product.length + ", " + reference.length + ", " + bound.length);
    }
    int rows = product.length / p;
    double worst = 0.0;
    long worstRow = rows > 0 ? firstRow : -1;
    for (int e = 0; e < product.length; e++) {
      double residual = Math.abs(product[e] - reference[e]);
      // Where the bound is zero a correct product is exact: any residual is infinitely wrong (NaN stays NaN).
      double ratio = bound[e] > 0 ? residual / bound[e] : residual == 0 ? 0.0 : residual * Double.POSITIVE_INFINITY;
      if (Double.isNaN(ratio) ? !Double.isNaN(worst) : ratio > worst) {
        worst = ratio;
        worstRow = firstRow + e / p;
      }
    }
    return new FreivaldsVerdict(worst, worstRow, rows, tolerance);
  }
}
