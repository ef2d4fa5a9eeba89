package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.FeatureMatrix;
import io.quantbeam.models.forest.MeanSquaredError;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.RandomForest;
import io.quantbeam.models.forest.RandomForestLearner;
import io.quantbeam.models.forest.RegressionTree;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.models.forest.TreeSeeds;
import io.quantbeam.models.forest.TypicalPriceFeatures;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark of the forest learner (a command, not a test; see pipelines/benchmarks/forest/README.md): one
 * synthetic symbol with the study's size (about 64,000 training rows of the 11 features), the
 * spec's features and split, a forest of {@code --trees} trees per grid point, fitted with 1 and 2
 * threads (trees shared out like scikit-learn's n_jobs). Prints and writes {@code java.csv}: wall
 * seconds per fit (fastest of {@code --repeats}), trees per second, CPU seconds per tree and the
 * validation MSE. Exports the training and validation matrices as CSV so that
 * pipelines/benchmarks/forest/sklearn_bench.py fits scikit-learn on exactly the same rows.
 */
public final class ForestBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ForestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int days = intArg(args, "days", 267);
    int trees = intArg(args, "trees", 20);
    long seed = intArg(args, "seed", 42);
    int repeats = intArg(args, "repeats", 3);
    Path out = Path.of(stringArg(args, "out", "target/forest-bench"));
    int[] maxFeatures = intsArg(args, "maxFeatures", new int[] {5, 7, 9});
    int[] minSamplesSplit = intsArg(args, "minSamplesSplit", new int[] {5, 15, 25});
    int[] threadCounts = intsArg(args, "threads", new int[] {1, 2});

    BarSeries bars = new MinuteBarGenerator(LocalDate.of(2021, 1, 4), days, 0.05, seed).generate("BENCH");
    PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(bars, seed);
    Files.createDirectories(out);
    export(prepared.train(), out.resolve("train.csv"));
    export(prepared.validation(), out.resolve("validation.csv"));
    System.out.printf(Locale.ROOT, "# quantbeam exact CART, %d processors; train %d x %d, validation %d rows; %d trees per fit%n",
        Runtime.getRuntime().availableProcessors(), prepared.train().rows(), prepared.train().featureCount(),
        prepared.validation().rows(), trees);

    // Warm-up, untimed: lets the JIT compile the split search before anything is measured.
    fit(prepared, TreeParameters.of(7, 5), trees, seed, 2);

    String header = "max_features,min_samples_split,threads,seconds_per_fit,trees_per_second,cpu_seconds_per_tree,"
        + "validation_mse,mean_leaves";
    List<String> rows = new ArrayList<>();
    System.out.println(header);
    for (int mf : maxFeatures) {
      for (int mss : minSamplesSplit) {
        for (int threads : threadCounts) {
          TreeParameters parameters = TreeParameters.of(mf, mss);
          double bestWall = Double.POSITIVE_INFINITY;
          double bestCpu = Double.POSITIVE_INFINITY;
          Result result = null;
          for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            result = fit(prepared, parameters, trees, seed, threads);
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, result.cpuSeconds);
          }
          String row = String.format(Locale.ROOT, "%d,%d,%d,%.4f,%.2f,%.5f,%.6f,%.0f", mf, mss, threads, bestWall,
              trees / bestWall, bestCpu / trees, result.validationMse, result.meanLeaves);
          rows.add(row);
          System.out.println(row);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    Files.write(out.resolve("java.csv"), lines);
  }

  private record Result(double validationMse, double meanLeaves, double cpuSeconds) {}

  /** Grows {@code trees} trees on {@code threads} threads (tree i on thread i mod threads) and scores the forest. */
  private static Result fit(PreparedSymbol prepared, TreeParameters parameters, int trees, long seed, int threads)
      throws Exception {
    long[] seeds = TreeSeeds.subForestSeeds(seed, prepared.symbol(), 0, 0, trees);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<RegressionTree>>> parts = new ArrayList<>();
      long[] cpuNanos = new long[threads];
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          long cpuStart = THREADS.getCurrentThreadCpuTime();
          RandomForestLearner learner = RandomForestLearner.bootstrap();
          List<RegressionTree> grown = new ArrayList<>();
          for (int i = first; i < trees; i += threads) {
            grown.add(learner.trainTree(prepared.train(), parameters, seeds[i]));
          }
          cpuNanos[first] = THREADS.getCurrentThreadCpuTime() - cpuStart;
          return grown;
        }));
      }
      RegressionTree[] ordered = new RegressionTree[trees];
      for (int t = 0; t < threads; t++) {
        List<RegressionTree> grown = parts.get(t).get();
        for (int k = 0; k < grown.size(); k++) {
          ordered[t + k * threads] = grown.get(k);
        }
      }
      RandomForest forest = new RandomForest(Arrays.asList(ordered));
      double mse = MeanSquaredError.of(forest.predict(prepared.validation()), prepared.validation().targetsCopy());
      double leaves = forest.trees().stream().mapToInt(RegressionTree::leafCount).average().orElse(0);
      return new Result(mse, leaves, Arrays.stream(cpuNanos).sum() / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static void export(FeatureMatrix matrix, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", matrix.featureNames()));
      w.write(",target\n");
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < matrix.rows(); r++) {
        line.setLength(0);
        for (int f = 0; f < matrix.featureCount(); f++) {
          line.append(matrix.value(r, f)).append(',');
        }
        line.append(matrix.target(r)).append('\n');
        w.write(line.toString());
      }
    }
  }

  private static int intArg(String[] args, String name, int fallback) {
    String value = stringArg(args, name, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static int[] intsArg(String[] args, String name, int[] fallback) {
    String value = stringArg(args, name, null);
    return value == null ? fallback : Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return fallback;
  }
}
