package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A test {@link BlockSink} keeping written blocks in memory, per sink, by coordinates; also their {@link BlockSource}. */
record MemorySink(String description) implements BlockSink, BlockSource {

  private static final Map<String, Map<List<Integer>, MatrixBlock>> WRITTEN = new ConcurrentHashMap<>();

  static MemorySink create() {
    return new MemorySink("memory-" + UUID.randomUUID());
  }

  @Override
  public void write(MatrixBlock block) {
    WRITTEN.computeIfAbsent(description, d -> new ConcurrentHashMap<>())
        .put(List.of(block.blockRow(), block.blockCol()), block);
  }

  /** A sink holding {@code blocks}. */
  static MemorySink of(List<MatrixBlock> blocks) {
    MemorySink sink = create();
    blocks.forEach(sink::write);
    return sink;
  }

  @Override
  public MatrixBlock read(int i, int j) {
    MatrixBlock block = WRITTEN.getOrDefault(description, Map.of()).get(List.of(i, j));
    if (block == null) {
      throw new IllegalArgumentException("block (" + i + ", " + j + ") of " + description + " is missing");
    }
    return block;
  }

  /** References to the blocks written. */
  List<BlockRef> refs() {
    return blocks().stream().map(b -> new BlockRef(b.blockRow(), b.blockCol(), b.rows(), b.cols())).toList();
  }

  List<MatrixBlock> blocks() {
    return List.copyOf(WRITTEN.getOrDefault(description, Map.of()).values());
  }
}
