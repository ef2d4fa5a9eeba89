package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import java.util.ArrayList;
import java.util.List;

/** Whole matrices for tests: cut into blocks, put back together, multiplied by the triple loop. */
final class DenseMatrices {

  private DenseMatrices() {}

  static List<MatrixBlock> randomBlocks(MatrixLayout layout, long seed) {
    List<MatrixBlock> blocks = new ArrayList<>();
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        blocks.add(new SeededBlockGenerator(seed).block(layout, i, j));
      }
    }
    return blocks;
  }

  /** The row-major rows×cols matrix the blocks make up; every block must be present once. */
  static double[] assemble(Iterable<MatrixBlock> blocks, MatrixLayout layout) {
    double[] full = new double[layout.rows() * layout.cols()];
    boolean[] seen = new boolean[(int) layout.blockCount()];
    for (MatrixBlock block : blocks) {
      if (!block.fits(layout)) {
        throw new AssertionError(block + " does not fit " + layout.describe());
      }
      int index = block.blockRow() * layout.blockColCount() + block.blockCol();
      if (seen[index]) {
        throw new AssertionError(block + " appears twice");
      }
      seen[index] = true;
      int top = (int) layout.firstRowOf(block.blockRow());
      int left = (int) layout.firstColOf(block.blockCol());
      for (int r = 0; r < block.rows(); r++) {
        System.arraycopy(block.values(), r * block.cols(), full, (top + r) * layout.cols() + left, block.cols());
      }
    }
    for (int index = 0; index < seen.length; index++) {
      if (!seen[index]) {
        throw new AssertionError("block " + index / layout.blockColCount() + ", " + index % layout.blockColCount()
            + " is missing");
      }
    }
    return full;
  }

  /** The textbook triple loop: row-major C = A·B. */
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
