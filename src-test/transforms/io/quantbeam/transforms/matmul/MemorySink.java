package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A test {@link BlockSink} keeping written blocks in memory, per sink, by coordinates. */
record MemorySink(String description) implements BlockSink {

  private static final Map<String, Map<List<Integer>, MatrixBlock>> WRITTEN = new ConcurrentHashMap<>();

  static MemorySink create() {
    return new MemorySink("memory-" + UUID.randomUUID());
  }

  @Override
  public void write(MatrixBlock block) {
    WRITTEN.computeIfAbsent(description, d -> new ConcurrentHashMap<>())
        .put(List.of(block.blockRow(), block.blockCol()), block);
  }

  List<MatrixBlock> blocks() {
    return List.copyOf(WRITTEN.getOrDefault(description, Map.of()).values());
  }
}
