package io.quantbeam.models.merton;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Model-only throughput of {@link MertonEstimator}: Black–Scholes solves per second on synthetic
 * firms held in memory, on one thread and on several (one estimator per thread).
 *
 * <p>Each firm has a geometric Brownian motion equity path (annual volatility 15–90 %), debt that
 * moves in quarterly steps around a leverage F/E between 0.05 and 5, and a slowly drifting 1-year
 * yield. Arguments (all optional): firms (2000), days (1000), method (TRAILING_WINDOW), thread
 * counts (1,2), timed repetitions (3, the best is reported).
 *
 * <pre>mvn -q -pl models compile exec:java -Dexec.skip=false -Dexec.mainClass=io.quantbeam.models.merton.MertonBenchmark \
 *     -Dexec.args="2000 1000 TRAILING_WINDOW 1,2 3"</pre>
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

  /** Deterministic synthetic firms: GBM equity, quarterly-stepped debt, drifting yield. */
  static FirmHistory[] syntheticFirms(int firms, int days) {
    SplittableRandom random = new SplittableRandom(SEED);
    FirmHistory[] out = new FirmHistory[firms];
    double dt = 1 / 252.0;
    for (int f = 0; f < firms; f++) {
      long[] epochDay = new long[days];
      double[] equity = new double[days];
      double[] debt = new double[days];
      double[] rate = new double[days];
      double volatility = 0.15 + 0.75 * random.nextDouble();
      double leverage = Math.exp(Math.log(0.05) + (Math.log(5) - Math.log(0.05)) * random.nextDouble());
      double e = Math.exp(4 + 4 * random.nextDouble());
      double d = leverage * e;
      double y = 0.005 + 0.045 * random.nextDouble();
      long day = 14_000 + random.nextInt(1000);
      long dayOfWeek = (day + 3) % 7; // 0 = Monday: epoch day 0 was a Thursday
      if (dayOfWeek >= 5) {
        day += 7 - dayOfWeek;
      }
      for (int t = 0; t < days; t++) {
        if (t > 0) {
          e *= Math.exp((0.06 - 0.5 * volatility * volatility) * dt + volatility * Math.sqrt(dt) * gaussian(random));
          y = Math.max(0.0001, y + 0.0005 * gaussian(random));
          if (t % 63 == 0) {
            d *= Math.exp(0.05 * gaussian(random));
          }
          day += (day + 3) % 7 == 4 ? 3 : 1; // Friday to Monday
        }
        epochDay[t] = day;
        equity[t] = e;
        debt[t] = d;
        rate[t] = y;
      }
      out[f] = new FirmHistory(String.format(Locale.ROOT, "SYN%05d", f), epochDay, equity, debt, rate);
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller on two uniforms; the cosine branch is enough for a benchmark path.
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
