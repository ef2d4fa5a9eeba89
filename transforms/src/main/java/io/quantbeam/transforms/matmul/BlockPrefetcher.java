package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.beam.sdk.metrics.MetricsContainer;
import org.apache.beam.sdk.metrics.MetricsEnvironment;

/**
 * Fetches blocks on a reader thread of its own, so that the blocks a task multiplies next are read
 * while its current product runs: one per product task (one per worker thread), which asks for the
 * next pair before it multiplies the current one. At most the pair being multiplied and the pair
 * being read are held, so a task's memory stays at four input blocks and its C block whatever n is.
 */
final class BlockPrefetcher implements AutoCloseable {

  private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "quantbeam-block-prefetch");
    thread.setDaemon(true); // a worker that stops without tearing down its DoFns must not hang on it
    return thread;
  });

  /**
   * Starts fetching {@code pair} on the reader thread. Call it from the task's thread: the fetch
   * reports its Beam metrics (blocks read) into that task's metrics container.
   */
  Pending fetch(Supplier<MatrixBlock[]> pair) {
    MetricsContainer taskMetrics = MetricsEnvironment.getCurrentContainer();
    return new Pending(CompletableFuture.supplyAsync(() -> {
      try (Closeable scope = MetricsEnvironment.scopedMetricsContainer(taskMetrics)) {
        return pair.get();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, reader));
  }

  @Override
  public void close() {
    reader.shutdownNow();
    try {
      reader.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Blocks being fetched. */
  static final class Pending {
    private final CompletableFuture<MatrixBlock[]> blocks;

    private Pending(CompletableFuture<MatrixBlock[]> blocks) {
      this.blocks = blocks;
    }

    /** Waits for the blocks; a failed fetch throws what the source threw (it names the block). */
    MatrixBlock[] await() {
      try {
        return blocks.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }
}
