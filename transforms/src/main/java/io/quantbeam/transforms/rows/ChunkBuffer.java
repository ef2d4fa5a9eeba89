package io.quantbeam.transforms.rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The chunks a file reader is filling, one per key, handed on as {@link RowChunk}s once one key's
 * chunk or all of them together reach their limit (and at the end of the file): memory stays
 * bounded for any file size, and thousands of rows travel per element rather than one.
 */
public final class ChunkBuffer {

  /** Rows kept per key before its chunk is sent on. */
  public static final int MAX_CHUNK_ROWS = 1 << 16;
  /** Rows kept over all keys before every chunk is sent on. */
  public static final int MAX_BUFFERED_ROWS = 1 << 20;

  private final Function<String, RowChunk.Builder> newChunk;
  private final Consumer<RowChunk> emit;
  private final Map<String, RowChunk.Builder> buffered = new LinkedHashMap<>();
  private int bufferedRows;

  /** Chunks made by {@code newChunk} (from a key), handed to {@code emit} when full. */
  public ChunkBuffer(Function<String, RowChunk.Builder> newChunk, Consumer<RowChunk> emit) {
    this.newChunk = newChunk;
    this.emit = emit;
  }

  /** The chunk that rows of {@code key} are appended to. */
  public RowChunk.Builder chunkOf(String key) {
    return buffered.computeIfAbsent(key, newChunk);
  }

  /**
   * Call once per row read and used, with the chunk it was last appended to (null if none): sends
   * everything on when a limit is reached.
   */
  public void rowAdded(RowChunk.Builder chunk) {
    bufferedRows++;
    if ((chunk != null && chunk.size() >= MAX_CHUNK_ROWS) || bufferedRows >= MAX_BUFFERED_ROWS) {
      flush();
    }
  }

  /** Sends every non-empty chunk on and starts afresh. */
  public void flush() {
    for (RowChunk.Builder chunk : buffered.values()) {
      if (chunk.size() > 0) {
        emit.accept(chunk.build());
      }
    }
    buffered.clear();
    bufferedRows = 0;
  }
}
