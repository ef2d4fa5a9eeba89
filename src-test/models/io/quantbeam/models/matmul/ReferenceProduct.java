package io.quantbeam.models.matmul;

/** The textbook triple loop, for tests only: row-major C = A·B, accumulated in k order. */
final class ReferenceProduct {

  private ReferenceProduct() {}

  static double[] multiply(int m, int n, int k, double[] a, double[] b) {
    double[] c = new double[m * n];
    for (int r = 0; r < m; r++) {
      for (int col = 0; col < n; col++) {
        double sum = 0.0;
        for (int t = 0; t < k; t++) {
          sum += a[r * k + t] * b[t * n + col];
        }
        c[r * n + col] = sum;
      }
    }
    return c;
  }

  /** ‖x − y‖_F / ‖y‖_F. */
  static double relativeFrobenius(double[] x, double[] y) {
    double diff = 0;
    double norm = 0;
    for (int e = 0; e < x.length; e++) {
      diff += (x[e] - y[e]) * (x[e] - y[e]);
      norm += y[e] * y[e];
    }
    return Math.sqrt(diff / norm);
  }
}
