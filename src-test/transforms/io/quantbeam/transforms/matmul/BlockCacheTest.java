package io.quantbeam.transforms.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlockCacheTest {

  private static final MatrixLayout LAYOUT = new MatrixLayout(40, 40, 10, 10);
  private static final long BLOCK_BYTES = 10 * 10 * 8;

  @Test
  void aBlockIsFetchedOncePerRun() {
    BlockCache cache = new BlockCache(1 << 20);
    SeededSource source = new SeededSource("once", LAYOUT, 1);
    MatrixBlock first = cache.get("run-1", source, 1, 2);
    assertSame(first, cache.get("run-1", source, 1, 2));
    assertEquals(1, SeededSource.reads("once"));
    cache.get("run-2", source, 1, 2);
    assertEquals(2, SeededSource.reads("once"), "another run fetches again");
  }

  @Test
  void forgettingARunDropsOnlyItsBlocks() {
    BlockCache cache = new BlockCache(1 << 20);
    SeededSource source = new SeededSource("forget", LAYOUT, 1);
    cache.get("run-1", source, 0, 0);
    cache.get("run-1", source, 0, 1);
    MatrixBlock kept = cache.get("run-2", source, 0, 0);
    cache.forget("run-1");
    assertEquals(BLOCK_BYTES, cache.cachedBytes());
    assertSame(kept, cache.get("run-2", source, 0, 0));
    assertEquals(3, SeededSource.reads("forget"));
  }

  @Test
  void leastRecentlyUsedBlocksAreDroppedBeyondTheBudget() {
    BlockCache cache = new BlockCache(3 * BLOCK_BYTES);
    SeededSource source = new SeededSource("lru", LAYOUT, 1);
    cache.get("run", source, 0, 0);
    cache.get("run", source, 0, 1);
    cache.get("run", source, 0, 2);
    cache.get("run", source, 0, 0);
    cache.get("run", source, 0, 3);
    assertEquals(3 * BLOCK_BYTES, cache.cachedBytes());
    assertEquals(4, SeededSource.reads("lru"));
    cache.get("run", source, 0, 0);
    cache.get("run", source, 0, 2);
    assertEquals(4, SeededSource.reads("lru"), "(0, 0) and (0, 2) were kept");
    cache.get("run", source, 0, 1);
    assertEquals(5, SeededSource.reads("lru"), "(0, 1) was the least recently used and was dropped");
  }

  @Test
  void concurrentRequestsShareOneFetchAndFailuresAreNotCached() throws Exception {
    BlockCache cache = new BlockCache(1 << 20);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger(1);
    BlockSource slow = new BlockSource() {
      @Override
      public MatrixBlock read(int i, int j) {
        reads.incrementAndGet();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (failures.getAndDecrement() > 0) {
          throw new IllegalArgumentException("bad block (" + i + ", " + j + ")");
        }
        return new MatrixBlock(i, j, 1, 1, new double[] {42});
      }

      @Override
      public String description() {
        return "slow";
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MatrixBlock>> waiting = new ArrayList<>();
      for (int n = 0; n < 4; n++) {
        waiting.add(pool.submit(() -> cache.get("run", slow, 0, 0)));
      }
      Thread.sleep(200);
      release.countDown();
      for (Future<MatrixBlock> future : waiting) {
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
            future::get);
        assertEquals("bad block (0, 0)", e.getCause().getMessage());
      }
      assertEquals(1, reads.get(), "one fetch shared by all four requests");
      assertEquals(42, cache.get("run", slow, 0, 0).values()[0], 0.0);
      assertEquals(2, reads.get(), "the failure was not cached");
    } finally {
      pool.shutdownNow();
    }
  }
}
