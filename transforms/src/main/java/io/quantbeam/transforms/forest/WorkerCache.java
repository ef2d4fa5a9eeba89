package io.quantbeam.transforms.forest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.ToLongFunction;

/**
 * Values loaded from files once per worker JVM and shared by every DoFn instance and thread in
 * it: the first caller of a key loads it while others asking for the same key wait for that load.
 * Least recently used entries are dropped once the loaded values weigh more than the budget (they
 * are loaded again if asked for again), so a worker's memory stays bounded however many symbols a
 * run has.
 */
final class WorkerCache<V> {

  /** Reads a value; called at most once per key while the key stays cached. */
  @FunctionalInterface
  interface Loader<V> {
    V load(String key) throws IOException;
  }

  private final long budgetBytes;
  private final ToLongFunction<V> weigher;
  private final LinkedHashMap<String, CompletableFuture<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, Long> weights = new LinkedHashMap<>();
  private long totalBytes;

  WorkerCache(long budgetBytes, ToLongFunction<V> weigher) {
    this.budgetBytes = budgetBytes;
    this.weigher = weigher;
  }

  /** A quarter of the JVM's maximum heap: room for the values while leaving most of the heap to the work. */
  static long quarterOfHeap() {
    return Runtime.getRuntime().maxMemory() / 4;
  }

  /** @return the cached value, loading it first if needed */
  V get(String key, Loader<V> loader) throws IOException {
    CompletableFuture<V> future;
    boolean mine = false;
    synchronized (this) {
      future = entries.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(key, future);
        mine = true;
      }
    }
    if (mine) {
      try {
        V value = loader.load(key);
        future.complete(value);
        admit(key, weigher.applyAsLong(value));
      } catch (IOException | RuntimeException e) {
        synchronized (this) {
          entries.remove(key);
        }
        future.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + key + " to load", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new IOException(io.getMessage(), io);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  private synchronized void admit(String key, long weight) {
    weights.put(key, weight);
    totalBytes += weight;
    Iterator<Map.Entry<String, CompletableFuture<V>>> oldestFirst = entries.entrySet().iterator();
    while (totalBytes > budgetBytes && oldestFirst.hasNext()) {
      Map.Entry<String, CompletableFuture<V>> entry = oldestFirst.next();
      Long w = weights.get(entry.getKey());
      if (entry.getKey().equals(key) || w == null) {
        continue; // keep the value just loaded, and values still loading
      }
      oldestFirst.remove();
      weights.remove(entry.getKey());
      totalBytes -= w;
    }
  }
}
