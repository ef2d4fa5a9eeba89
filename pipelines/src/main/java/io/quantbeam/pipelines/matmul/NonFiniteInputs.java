package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.transforms.matmul.BlockSource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the input blocks that hold NaN or ±∞, reading one block at a time: what a failed Freivalds'
 * check looks for before it blames the product (a NaN in A(i, k) makes row block i of C non-finite,
 * and then no residual can be small).
 *
 * @param a the blocks of A
 * @param aLayout A's layout
 * @param b the blocks of B
 * @param bLayout B's layout
 */
record NonFiniteInputs(BlockSource a, MatrixLayout aLayout, BlockSource b, MatrixLayout bLayout)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_NAMED = 5;

  /** E.g. {@code block (1, 1) of A at /data/a (1 value)}, joined by "; ", or empty if every value is finite. */
  String describe() {
    List<String> found = new ArrayList<>();
    int total = scan(a, aLayout, found) + scan(b, bLayout, found);
    return String.join("; ", found) + (total > found.size() ? "; " + (total - found.size()) + " more blocks" : "");
  }

  private static int scan(BlockSource source, MatrixLayout layout, List<String> found) {
    int blocks = 0;
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        long count = source.read(i, j).nonFiniteValues();
        if (count > 0) {
          blocks++;
          if (found.size() < MAX_NAMED) {
            found.add("block (" + i + ", " + j + ") of " + source.description() + " (" + count + " NaN/Inf value"
                + (count == 1 ? "" : "s") + ")");
          }
        }
      }
    }
    return blocks;
  }
}
