package io.quantbeam.models.forest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Small deterministic matrices for the forest tests. */
final class TestData {

  private TestData() {}

  static List<String> names(int features) {
    List<String> names = new ArrayList<>();
    for (int f = 0; f < features; f++) {
      names.add("x" + f);
    }
    return names;
  }

  /** {@code rows} rows of uniform [0, 1) features; target from the row. */
  static FeatureMatrix uniform(int rows, int features, long seed, ToDoubleFunction<double[]> target) {
    SplitMix64 random = new SplitMix64(seed);
    double[] columns = new double[rows * features];
    double[] targets = new double[rows];
    double[] row = new double[features];
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < features; f++) {
        row[f] = random.nextDouble();
        columns[f * rows + r] = row[f];
      }
      targets[r] = target.applyAsDouble(row);
    }
    return new FeatureMatrix(names(features), columns, targets);
  }

  /** A noisy nonlinear target on uniform features, rounded to 0.01 so that values tie as prices do. */
  static FeatureMatrix noisy(int rows, int features, long seed) {
    SplitMix64 noise = new SplitMix64(seed ^ 0x5DEECE66DL);
    return uniform(rows, features, seed, x -> Math.rint(100 * (Math.sin(6 * x[0]) + x[1] * x[1] + 0.3 * noise.nextGaussian())) / 100);
  }
}
