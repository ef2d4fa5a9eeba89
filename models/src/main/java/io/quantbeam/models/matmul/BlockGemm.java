package io.quantbeam.models.matmul;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The block product kernel C += A·B through BLAS {@code dgemm} (dev.ludovic.netlib). The binding
 * picks, once per JVM, JNI to the system's {@code libblas.so.3} (OpenBLAS when Debian's
 * {@code libopenblas0} is installed) and otherwise a pure-Java implementation (the JDK vector API
 * when {@code jdk.incubator.vector} is enabled). {@link #implementation()} says which.
 *
 * <p>All matrices are row-major (C order). Thread-safe; holds no state.
 */
public final class BlockGemm {

  /**
   * netlib logs a WARNING for each implementation it fails to load (no system BLAS, no vector API);
   * the matmul summary says which one is in use and how to get native BLAS instead. Held here so
   * that the level outlives garbage collection (JUL keeps loggers weakly).
   */
  private static final Logger NETLIB_LOG = quiet(Logger.getLogger("dev.ludovic.netlib"));
  private static final BLAS BLAS_INSTANCE = BLAS.getInstance();

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Class name of the BLAS implementation in use, e.g. {@code dev.ludovic.netlib.blas.JNIBLAS}. */
  public static String implementation() {
    return BLAS_INSTANCE.getClass().getName();
  }

  /** True when dgemm runs in a native library through JNI rather than in Java. */
  public static boolean isNative() {
    return BLAS_INSTANCE instanceof NativeBLAS;
  }

  /**
   * C += A·B for row-major arrays: A is m×k, B is k×n, C is m×n.
   *
   * @throws IllegalArgumentException if an array's length does not match its shape
   */
  public void multiplyAdd(int m, int n, int k, double[] a, double[] b, double[] c) {
    requireShape("A", a, m, k);
    requireShape("B", b, k, n);
    requireShape("C", c, m, n);
    if (m == 0 || n == 0 || k == 0) {
      return;
    }
    // A row-major array read column-major is its transpose, so row-major C = A·B is
    // column-major Cᵀ = Bᵀ·Aᵀ: one dgemm with the operands swapped and no copies.
    BLAS_INSTANCE.dgemm("N", "N", n, m, k, 1.0, b, n, a, k, 1.0, c, n);
  }

  /**
   * C += A·B for blocks; {@code c} is the row-major accumulator of A.rows × B.cols values.
   *
   * @throws IllegalArgumentException if A's columns differ from B's rows or c has the wrong length
   */
  public void multiplyAdd(MatrixBlock a, MatrixBlock b, double[] c) {
    if (a.cols() != b.rows()) {
      throw new IllegalArgumentException("inner dimensions differ: " + a + " has " + a.cols() + " columns, " + b
          + " has " + b.rows() + " rows");
    }
    multiplyAdd(a.rows(), b.cols(), a.cols(), a.values(), b.values(), c);
  }

  private static void requireShape(String name, double[] array, int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException(name + " has a negative dimension: " + rows + " x " + cols);
    }
    if (array.length != (long) rows * cols) {
      throw new IllegalArgumentException(name + " should hold " + rows + " x " + cols + " = " + (long) rows * cols
          + " values, got " + array.length);
    }
  }
}
