package io.quantbeam.models.matmul;

import java.io.Serializable;

/**
 * The random vectors of Freivalds' check, as a tall n×p matrix X cut into the same row blocks as
 * the columns of B (and C). Each entry is ±(1 + u) with u uniform on [0, 1) and a random sign, so
 * |x| &ge; 1 everywhere: an error δ in any single element of C changes C·x by at least |δ|.
 *
 * @param seed the seed of the vectors
 * @param vectors p, the number of vectors, &ge; 1
 */
public record FreivaldsProbe(long seed, int vectors) implements Serializable {

  private static final long serialVersionUID = 1L;

  public FreivaldsProbe {
    if (vectors < 1) {
      throw new IllegalArgumentException("vectors must be >= 1, got " + vectors);
    }
  }

  /** Rows of X for block column {@code j} of C holding {@code length} columns: length×p, row-major. */
  public double[] block(int j, int length) {
    long key = SplitMix.key(seed, j);
    double[] x = new double[length * vectors];
    for (int e = 0; e < x.length; e++) {
      long bits = SplitMix.bits(key, e);
      double magnitude = 1.0 + SplitMix.unit(bits);
      x[e] = (bits & 1L) == 0 ? magnitude : -magnitude;
    }
    return x;
  }

  /** Elementwise absolute values: |X| for the rounding bound. */
  public static double[] magnitudes(double[] x) {
    double[] abs = new double[x.length];
    for (int e = 0; e < x.length; e++) {
      abs[e] = Math.abs(x[e]);
    }
    return abs;
  }
}
