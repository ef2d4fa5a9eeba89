package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The covariance of factor shocks over the scenario horizon, in the units of each factor's shock
 * (see {@link FactorKind}): rows and columns in the order of {@code layout}.
 */
public record FactorCovariance(ScenarioLayout layout, double[][] matrix) implements Serializable {

  public FactorCovariance {
    int n = layout.size();
    if (matrix.length != n) {
      throw new IllegalArgumentException("covariance has " + matrix.length + " rows for " + n + " factors");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i].length != n) {
        throw new IllegalArgumentException("covariance row " + layout.factorId(i) + " has " + matrix[i].length
            + " values, expected " + n);
      }
      copy[i] = matrix[i].clone();
    }
    matrix = copy;
  }

  @Override
  public double[][] matrix() {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  public double get(int i, int j) {
    return matrix[i][j];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactorCovariance c && layout.equals(c.layout) && Arrays.deepEquals(matrix, c.matrix);
  }

  @Override
  public int hashCode() {
    return layout.hashCode() * 31 + Arrays.deepHashCode(matrix);
  }
}
