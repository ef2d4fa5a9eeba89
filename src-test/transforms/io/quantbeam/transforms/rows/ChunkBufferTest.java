package io.quantbeam.transforms.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkBufferTest {

  private final List<RowChunk> emitted = new ArrayList<>();
  private final ChunkBuffer buffer = new ChunkBuffer(key -> new RowChunk.Builder(key, List.of("f.csv"), 1, 0),
      emitted::add);

  @Test
  void aKeyWhoseChunkIsFullIsSentOnWithTheOthers() {
    RowChunk.Builder other = buffer.chunkOf("B");
    other.row(0, 1).set(0, 7L);
    buffer.rowAdded(other);
    for (int i = 0; i < ChunkBuffer.MAX_CHUNK_ROWS; i++) {
      RowChunk.Builder chunk = buffer.chunkOf("A");
      chunk.row(0, i + 2).set(0, (long) i);
      buffer.rowAdded(chunk);
    }
    assertEquals(List.of("B", "A"), emitted.stream().map(RowChunk::key).toList());
    assertEquals(ChunkBuffer.MAX_CHUNK_ROWS, emitted.get(1).size());
    assertEquals(7L, emitted.get(0).wholes()[0][0]);
  }

  @Test
  void theRestIsSentOnAtTheEndAndEveryRowArrivesOnce() {
    long rows = 0;
    for (int i = 0; i < ChunkBuffer.MAX_BUFFERED_ROWS + 10; i++) {
      RowChunk.Builder chunk = buffer.chunkOf("K" + (i % 1000));
      chunk.row(0, i).set(0, (long) i);
      buffer.rowAdded(chunk);
    }
    buffer.flush();
    for (RowChunk chunk : emitted) {
      rows += chunk.size();
      assertEquals("f.csv:" + chunk.line()[0], chunk.location(0));
    }
    assertEquals(ChunkBuffer.MAX_BUFFERED_ROWS + 10, rows);
    assertEquals(1000 + 10, emitted.size()); // all 1,000 keys when the total limit is hit, then the last 10 rows' keys
  }
}
