package io.quantbeam.pipelines.testing;

/**
 * Waits for the Direct runner's worker threads after a failed run: tasks already running when
 * another failed finish on their own and may still write into the output's staging folder (or the
 * test's temporary folder, which JUnit then cannot delete) for a moment.
 */
public final class DirectRunnerWorkers {

  private static final long PATIENCE_NANOS = 30_000_000_000L;

  private DirectRunnerWorkers() {}

  /**
   * Returns once no {@code direct-runner-worker} thread is running a task (idle ones wait in the
   * runner's thread pool for a minute before they end), or after 30 s.
   */
  public static void awaitStopped() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (System.nanoTime() < deadline && Thread.getAllStackTraces().entrySet().stream()
        .anyMatch(thread -> thread.getKey().getName().startsWith("direct-runner-worker") && runsATask(thread.getValue()))) {
      Thread.sleep(50);
    }
  }

  private static boolean runsATask(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("org.apache.beam.runners.direct.DirectTransformExecutor")) {
        return true;
      }
    }
    return false;
  }
}
