package io.quantbeam.models.merton;

import io.quantbeam.models.synthetic.SyntheticFirmGenerator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Model-only throughput of {@link MertonEstimator}: Black–Scholes solves per second on synthetic
 * firms held in memory, on one thread and on several (one estimator per thread).
 *
 * <p>The firms come from {@link SyntheticFirmGenerator}: geometric Brownian motion equity (annual
 * volatility 15–80 %), log-normal leverage around 0.5 moving quarterly, about 8 % never levered
 * and 5 % repaying their debt for half a year, a Vasicek risk-free rate. Arguments (all optional):
 * firms (2000), days (1000), method (TRAILING_WINDOW), thread counts (1,2), timed repetitions (3,
 * the best is reported).
 *
 * <pre>mvn -q -pl models compile exec:java -Dexec.skip=false -Dexec.args="2000 1000 TRAILING_WINDOW 1,2 3"</pre>
 */
public final class MertonBenchmark {

  private static final long SEED = 20240601L;

  private MertonBenchmark() {}

  public static void main(String[] args) throws Exception {
    int firms = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    MertonMethod method = args.length > 2 ? MertonMethod.valueOf(args[2]) : MertonMethod.TRAILING_WINDOW;
    String[] threadCounts = (args.length > 3 ? args[3] : "1,2").split(",");
    int repetitions = args.length > 4 ? Integer.parseInt(args[4]) : 3;

    FirmHistory[] histories = syntheticFirms(firms, days);
    MertonSettings settings = new MertonSettings(method, new double[] {1, 2, 3, 4, 5}, Estimation.DAILY, Drift.EMPIRICAL);
    System.out.printf(Locale.ROOT, "%s, %d firms x %d days, horizons 1-5 y, %d available processors%n",
        method, firms, days, Runtime.getRuntime().availableProcessors());
    run(settings, histories, 1, Math.max(1, firms / 10)); // warm-up
    for (String t : threadCounts) {
      int threads = Integer.parseInt(t.trim());
      Measurement best = null;
      for (int r = 0; r < repetitions; r++) {
        Measurement m = run(settings, histories, threads, firms);
        if (best == null || m.seconds < best.seconds) {
          best = m;
        }
      }
      System.out.printf(Locale.ROOT,
          "threads %d: %,d solves, %,d rows in %.3f s -> %,.0f solves/s (%,.0f per thread), %,.0f rows/s, %d non-converged rows%n",
          threads, best.solves, best.rows, best.seconds, best.solves / best.seconds,
          best.solves / best.seconds / threads, best.rows / best.seconds, best.nonConverged);
    }
  }

  private record Measurement(long solves, long rows, long nonConverged, double seconds) {}

  /**
   * TRAILING_WINDOW solves per second (best of {@code repetitions}, after a warm-up) on {@code firms}
   * synthetic firms of {@code days} days held in memory, horizons 1–5, with {@code threads} threads.
   */
  public static double solvesPerSecond(int firms, int days, int threads, int repetitions) throws Exception {
    FirmHistory[] histories = syntheticFirms(firms, days);
    MertonSettings settings = new MertonSettings(MertonMethod.TRAILING_WINDOW, new double[] {1, 2, 3, 4, 5},
        Estimation.DAILY, Drift.EMPIRICAL);
    run(settings, histories, threads, Math.max(1, firms / 10)); // warm-up
    double best = 0;
    for (int r = 0; r < repetitions; r++) {
      Measurement m = run(settings, histories, threads, firms);
      best = Math.max(best, m.solves / m.seconds);
    }
    return best;
  }

  private static Measurement run(MertonSettings settings, FirmHistory[] histories, int threads, int firms) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      @SuppressWarnings("unchecked")
      Future<long[]>[] parts = new Future[threads];
      for (int p = 0; p < threads; p++) {
        int part = p;
        parts[p] = pool.submit(() -> {
          MertonEstimator estimator = new MertonEstimator(settings);
          long[] counts = new long[3];
          for (int i = part; i < firms; i += threads) {
            MertonResult result = estimator.estimate(histories[i]);
            counts[0] += result.totalSolves();
            counts[1] += result.rows();
            counts[2] += result.nonConvergedRows();
          }
          return counts;
        });
      }
      long solves = 0;
      long rows = 0;
      long nonConverged = 0;
      for (Future<long[]> part : parts) {
        long[] counts = part.get();
        solves += counts[0];
        rows += counts[1];
        nonConverged += counts[2];
      }
      return new Measurement(solves, rows, nonConverged, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  /** The project's deterministic synthetic firms (see {@link SyntheticFirmGenerator}). */
  static FirmHistory[] syntheticFirms(int firms, int days) {
    SyntheticFirmGenerator generator = new SyntheticFirmGenerator(SEED, LocalDate.of(2010, 1, 4), days);
    FirmHistory[] out = new FirmHistory[firms];
    for (int i = 0; i < firms; i++) {
      out[i] = generator.firm(i);
    }
    return out;
  }
}
