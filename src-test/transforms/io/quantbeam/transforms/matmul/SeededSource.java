package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test {@link BlockSource}: seeded random blocks, optionally one of the wrong shape; counts reads. */
record SeededSource(String description, MatrixLayout layout, long seed, int badRow, int badCol) implements BlockSource {

  private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

  SeededSource(String description, MatrixLayout layout, long seed) {
    this(description, layout, seed, -1, -1);
  }

  @Override
  public MatrixBlock read(int i, int j) {
    READS.computeIfAbsent(description, d -> new AtomicInteger()).incrementAndGet();
    if (i == badRow && j == badCol) {
      return new MatrixBlock(i, j, layout.rowsInBlockRow(i) + 1, 1, new double[layout.rowsInBlockRow(i) + 1]);
    }
    return new SeededBlockGenerator(seed).block(layout, i, j);
  }

  static int reads(String description) {
    AtomicInteger count = READS.get(description);
    return count == null ? 0 : count.get();
  }

  /** References to every block of the layout. */
  List<BlockRef> refs() {
    return BlockRef.allOf(layout);
  }

  List<MatrixBlock> blocks() {
    return DenseMatrices.randomBlocks(layout, seed);
  }
}
