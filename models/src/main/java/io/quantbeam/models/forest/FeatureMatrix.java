package io.quantbeam.models.forest;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rows of features with one regression target each: the input of {@link RegressionTreeLearner}
 * and of prediction. Values are stored column-major (all rows of feature 0, then feature 1, ...)
 * because split search reads one feature at a time. Every value and target is finite.
 *
 * <p>Immutable: the arrays are copied on construction and never handed out. The per-feature
 * sort order that exact split search needs is computed once, on first use, and shared by every
 * tree trained on this matrix.
 */
public final class FeatureMatrix {

  private final List<String> featureNames;
  private final int rows;
  final double[] columns;
  final double[] targets;
  private volatile int[][] sortedRows;

  /**
   * @param featureNames one name per feature column, in column order
   * @param columns {@code rows * featureNames.size()} values, column-major
   * @param targets one target per row
   */
  public FeatureMatrix(List<String> featureNames, double[] columns, double[] targets) {
    this.featureNames = List.copyOf(Objects.requireNonNull(featureNames, "featureNames"));
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(targets, "targets");
    if (this.featureNames.isEmpty()) {
      throw new IllegalArgumentException("a feature matrix needs at least one feature");
    }
    this.rows = targets.length;
    if ((long) rows * this.featureNames.size() != columns.length) {
      throw new IllegalArgumentException("expected " + rows + " rows x " + this.featureNames.size()
          + " features = " + (long) rows * this.featureNames.size() + " values, got " + columns.length);
    }
    this.columns = columns.clone();
    this.targets = targets.clone();
    for (int i = 0; i < this.columns.length; i++) {
      if (!Double.isFinite(this.columns[i])) {
        throw new IllegalArgumentException("feature " + this.featureNames.get(i / Math.max(rows, 1)) + " of row "
            + i % rows + " is not finite: " + this.columns[i]);
      }
    }
    for (int r = 0; r < rows; r++) {
      if (!Double.isFinite(this.targets[r])) {
        throw new IllegalArgumentException("target of row " + r + " is not finite: " + this.targets[r]);
      }
    }
  }

  public int rows() {
    return rows;
  }

  public int featureCount() {
    return featureNames.size();
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public double value(int row, int feature) {
    return columns[feature * rows + row];
  }

  public double target(int row) {
    return targets[row];
  }

  /** A copy of all targets, in row order. */
  public double[] targetsCopy() {
    return targets.clone();
  }

  /** A copy of one row's features, in column order. */
  public double[] row(int row) {
    double[] values = new double[featureCount()];
    for (int f = 0; f < values.length; f++) {
      values[f] = value(row, f);
    }
    return values;
  }

  /** A copy of one feature's column, in row order. */
  public double[] column(int feature) {
    double[] values = new double[rows];
    System.arraycopy(columns, feature * rows, values, 0, rows);
    return values;
  }

  /** This matrix's rows followed by {@code other}'s; both must have the same features. */
  public FeatureMatrix append(FeatureMatrix other) {
    if (!featureNames.equals(other.featureNames)) {
      throw new IllegalArgumentException("cannot append rows with features " + other.featureNames + " to " + featureNames);
    }
    int total = rows + other.rows;
    double[] joined = new double[total * featureCount()];
    for (int f = 0; f < featureCount(); f++) {
      System.arraycopy(columns, f * rows, joined, f * total, rows);
      System.arraycopy(other.columns, f * other.rows, joined, f * total + rows, other.rows);
    }
    double[] joinedTargets = new double[total];
    System.arraycopy(targets, 0, joinedTargets, 0, rows);
    System.arraycopy(other.targets, 0, joinedTargets, rows, other.rows);
    return new FeatureMatrix(featureNames, joined, joinedTargets);
  }

  /**
   * For each feature, the row indices in ascending order of that feature's value (ties in row
   * order). Computed once per matrix; callers must not modify the arrays.
   */
  int[][] sortedRows() {
    int[][] sorted = sortedRows;
    if (sorted == null) {
      synchronized (this) {
        sorted = sortedRows;
        if (sorted == null) {
          sorted = new int[featureCount()][];
          for (int f = 0; f < sorted.length; f++) {
            sorted[f] = RowSort.ascending(columns, f * rows, rows);
          }
          sortedRows = sorted;
        }
      }
    }
    return sorted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureMatrix m && featureNames.equals(m.featureNames)
        && Arrays.equals(columns, m.columns) && Arrays.equals(targets, m.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(featureNames, Arrays.hashCode(columns), Arrays.hashCode(targets));
  }

  @Override
  public String toString() {
    return "FeatureMatrix[" + rows + " rows x " + featureNames + "]";
  }
}
