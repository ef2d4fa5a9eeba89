package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.io.Serializable;

/**
 * Where the blocks of one matrix live (a folder of {@code .npy} files, an object-store prefix, a
 * generator): workers fetch blocks from it by coordinates. Implementations validate what they
 * read and fail naming the block.
 */
public interface BlockSource extends Serializable {

  /**
   * Block (i, j) with the shape its layout prescribes.
   *
   * @throws IllegalArgumentException naming the block if it is missing, unreadable or malformed
   */
  MatrixBlock read(int i, int j);

  /** Identifies the matrix, e.g. {@code A at s3://bucket/a}; also the key under which workers cache its blocks. */
  String description();
}
