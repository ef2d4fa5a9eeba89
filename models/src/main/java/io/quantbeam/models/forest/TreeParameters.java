package io.quantbeam.models.forest;

import java.io.Serializable;

/**
 * How one regression tree is grown (the grid search's hyper-parameters).
 *
 * @param maxFeatures features drawn at random (without replacement) at every node; only these
 *     are searched for that node's split. At least 1 and at most the matrix's feature count.
 * @param minSamplesSplit a node holding fewer training rows than this is a leaf; at least 2. A
 *     row the bootstrap drew several times counts once (as scikit-learn counts
 *     {@code n_node_samples}, so the study's grid means the same thing here).
 * @param maxDepth nodes at this depth (the root has depth 0) are leaves; {@link #UNLIMITED_DEPTH}
 *     for none
 */
public record TreeParameters(int maxFeatures, int minSamplesSplit, int maxDepth) implements Serializable {

  public static final int UNLIMITED_DEPTH = Integer.MAX_VALUE;

  public TreeParameters {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be >= 1, got " + maxFeatures);
    }
    if (minSamplesSplit < 2) {
      throw new IllegalArgumentException("minSamplesSplit must be >= 2, got " + minSamplesSplit);
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
    }
  }

  /** Unlimited depth. */
  public static TreeParameters of(int maxFeatures, int minSamplesSplit) {
    return new TreeParameters(maxFeatures, minSamplesSplit, UNLIMITED_DEPTH);
  }

  public boolean depthLimited() {
    return maxDepth != UNLIMITED_DEPTH;
  }

  @Override
  public String toString() {
    return "maxFeatures=" + maxFeatures + ",minSamplesSplit=" + minSamplesSplit
        + (depthLimited() ? ",maxDepth=" + maxDepth : "");
  }
}
