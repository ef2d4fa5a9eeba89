package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.apache.beam.sdk.io.FileIO;

/**
 * The shared Parquet (or CSV) sink alone, on one thread: writes {@code firms} Merton result batches
 * (one firm each, {@code days} firm-days × 5 horizons, the long layout) through
 * {@link MertonResultSinks#TABLE} to a local file, {@code reps} times, and prints rows/s and CPU
 * nanoseconds per value (10 values a row) of each repetition. CPU time is the thread's own
 * ({@link ThreadMXBean}), so the numbers carry over a busy machine better than wall time.
 *
 * <pre>
 * java -cp &lt;test class path&gt; io.quantbeam.pipelines.merton.MertonSinkBenchmark [firms] [days] [reps] [parquet|csv]
 * </pre>
 */
public final class MertonSinkBenchmark {

  private static final int HORIZONS = 5;
  private static final int VALUES_PER_ROW = 10;
  /** Share of firms without debt: their distance to default is null on every row. */
  private static final double UNLEVERED = 0.08;

  private MertonSinkBenchmark() {}

  public static void main(String[] args) throws IOException {
    int firms = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 2520;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    FileFormat format = args.length > 3 ? FileFormat.valueOf(args[3].toUpperCase(java.util.Locale.ROOT))
        : FileFormat.PARQUET;
    MertonResult[] batches = new MertonResult[firms];
    SplittableRandom random = new SplittableRandom(42);
    for (int f = 0; f < firms; f++) {
      batches[f] = firm(String.format("F%05d", f), days, random);
    }
    long rows = (long) firms * days * HORIZONS;
    Path file = Files.createTempFile("merton-sink", format.suffix());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try {
      for (int rep = 1; rep <= reps; rep++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        FileIO.Sink<MertonResult> sink = MertonResultSinks.TABLE.sink(format);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          sink.open(channel);
          for (MertonResult batch : batches) {
            sink.write(batch);
          }
          sink.flush();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("rep %d: %,d rows, %.2f CPU-s (%.2f s wall): %,.0f rows/s of CPU, %.1f ns/value, %,d bytes%n",
            rep, rows, cpu / 1e9, wall / 1e9, rows / (cpu / 1e9), (double) cpu / (rows * VALUES_PER_ROW),
            Files.size(file));
      }
    } finally {
      Files.delete(file);
    }
  }

  /** One firm's results: a trading-day calendar, smooth asset paths, few Newton steps. */
  private static MertonResult firm(String id, int days, SplittableRandom random) {
    int n = days * HORIZONS;
    long[] epochDay = new long[n];
    double[] horizon = new double[n];
    double[] assetValue = new double[n];
    double[] assetVolatility = new double[n];
    double[] distance = new double[n];
    double[] probability = new double[n];
    int[] solves = new int[n];
    boolean[] converged = new boolean[n];
    boolean unlevered = random.nextDouble() < UNLEVERED;
    long day = 14_000 + random.nextInt(2_000);
    double value = 100 + random.nextDouble() * 10_000;
    for (int d = 0; d < days; d++) {
      day += d % 5 == 4 ? 3 : 1;
      value *= Math.exp(0.01 * (random.nextDouble() - 0.5));
      double sigma = 0.1 + 0.4 * random.nextDouble();
      for (int h = 0; h < HORIZONS; h++) {
        int i = d * HORIZONS + h;
        epochDay[i] = day;
        horizon[i] = h + 1;
        assetValue[i] = value * (1 + 0.001 * h);
        assetVolatility[i] = sigma;
        distance[i] = unlevered ? Double.NaN : 1 + 5 * random.nextDouble();
        probability[i] = unlevered ? 0 : random.nextDouble() * 0.05;
        solves[i] = 2 + random.nextInt(5);
        converged[i] = random.nextInt(1000) != 0;
      }
    }
    return new MertonResult(id, MertonMethod.TRAILING_WINDOW, epochDay, horizon, assetValue, assetVolatility,
        distance, probability, solves, converged, n, false);
  }
}
