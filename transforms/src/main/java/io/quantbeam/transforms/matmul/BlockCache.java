package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Blocks fetched from a {@link BlockSource}, kept per worker JVM so that the tasks of a run that
 * need the same block (every output block of a block row needs the same blocks of A) fetch it once
 * per worker instead of once per task. Least recently used blocks are dropped beyond a byte budget.
 *
 * <p>Entries are keyed by a run token as well as the source and coordinates, so a later run in the
 * same JVM never sees blocks of an earlier one. Concurrent requests for a block share one fetch; a
 * failed fetch is not cached.
 */
public final class BlockCache {

  /** Default budget: this fraction of the JVM's maximum heap. */
  static final double DEFAULT_HEAP_FRACTION = 0.25;

  private static final BlockCache SHARED =
      new BlockCache((long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_FRACTION));

  private final long budgetBytes;
  private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long cachedBytes;

  BlockCache(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /** The cache shared by all tasks of this JVM. */
  public static BlockCache shared() {
    return SHARED;
  }

  /** Block (i, j) of {@code source} for the run {@code runToken}, fetched if not cached. */
  public MatrixBlock get(String runToken, BlockSource source, int i, int j) {
    Key key = new Key(runToken, source.description(), i, j);
    CompletableFuture<MatrixBlock> fetch;
    boolean mine = false;
    synchronized (this) {
      Entry entry = entries.get(key);
      if (entry == null) {
        entry = new Entry(new CompletableFuture<>());
        entries.put(key, entry);
        mine = true;
      }
      fetch = entry.block;
    }
    if (mine) {
      try {
        MatrixBlock block = source.read(i, j);
        fetch.complete(block);
        admit(key, (long) block.values().length * Double.BYTES);
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          entries.remove(key);
        }
        fetch.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return fetch.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Drops the blocks of a finished run. In-process runners share this JVM with the driver, which
   * calls this at the end of a run; on a cluster, a worker's blocks of old runs age out as new ones
   * arrive.
   */
  public synchronized void forget(String runToken) {
    Iterator<Map.Entry<Key, Entry>> all = entries.entrySet().iterator();
    while (all.hasNext()) {
      Map.Entry<Key, Entry> entry = all.next();
      if (entry.getKey().runToken().equals(runToken)) {
        cachedBytes -= entry.getValue().bytes;
        all.remove();
      }
    }
  }

  /** Bytes held by fetched blocks. */
  synchronized long cachedBytes() {
    return cachedBytes;
  }

  private synchronized void admit(Key key, long bytes) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return;
    }
    entry.bytes = bytes;
    cachedBytes += bytes;
    Iterator<Map.Entry<Key, Entry>> oldestFirst = entries.entrySet().iterator();
    while (cachedBytes > budgetBytes && oldestFirst.hasNext()) {
      Map.Entry<Key, Entry> candidate = oldestFirst.next();
      // Blocks still being fetched have no size yet and are not evicted.
      if (candidate.getValue().bytes > 0) {
        cachedBytes -= candidate.getValue().bytes;
        oldestFirst.remove();
      }
    }
  }

  private record Key(String runToken, String source, int blockRow, int blockCol) {}

  private static final class Entry {
    final CompletableFuture<MatrixBlock> block;
    long bytes;

    Entry(CompletableFuture<MatrixBlock> block) {
      this.block = block;
    }
  }
}
