package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.io.Serializable;

/**
 * Where the tasks that compute blocks store them (a folder of {@code .npy} files, an object-store
 * prefix): each task writes its block as soon as it is computed, so a worker never holds more than
 * the blocks it is working on.
 */
public interface BlockSink extends Serializable {

  /**
   * Stores the block. A retried task writes the same block again, which must give the same result.
   *
   * @throws IllegalArgumentException if the block does not belong to the matrix being written
   */
  void write(MatrixBlock block);

  /** Identifies the matrix being written, e.g. {@code C at s3://bucket/c}. */
  String description();
}
