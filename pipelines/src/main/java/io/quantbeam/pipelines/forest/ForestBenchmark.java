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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark of the forest learner (a command, not a test): trees per second and validation MSE
 * per grid point on one synthetic symbol, with 1 and 2 threads, and the prepared matrices
 * exported as CSV for benchmarks/forest/sklearn_bench.py to fit scikit-learn on the same rows.
 */
public final class ForestBenchmark {

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
    System.out.printf(Locale.ROOT, "rows: train %d, validation %d, test %d; %d features; %d trees per fit%n",
        prepared.train().rows(), prepared.validation().rows(), prepared.test().rows(), prepared.train().featureCount(), trees);

    // Warm-up, untimed: lets the JIT compile the split search before anything is measured.
    fit(prepared, TreeParameters.of(7, 5), trees, seed, 2);

    System.out.println("max_features,min_samples_split,threads,seconds_per_fit,trees_per_second,validation_mse,mean_leaves");
    for (int mf : maxFeatures) {
      for (int mss : minSamplesSplit) {
        for (int threads : threadCounts) {
          TreeParameters parameters = TreeParameters.of(mf, mss);
          double best = Double.POSITIVE_INFINITY;
          Result result = null;
          for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            result = fit(prepared, parameters, trees, seed, threads);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
          }
          System.out.printf(Locale.ROOT, "%d,%d,%d,%.4f,%.2f,%.6f,%.0f%n", mf, mss, threads, best, trees / best,
              result.validationMse, result.meanLeaves);
        }
      }
    }
  }

  private record Result(double validationMse, double meanLeaves) {}

  private static Result fit(PreparedSymbol prepared, TreeParameters parameters, int trees, long seed, int threads)
      throws Exception {
    long[] seeds = TreeSeeds.subForestSeeds(seed, prepared.symbol(), 0, 0, trees);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<RegressionTree>>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          RandomForestLearner learner = RandomForestLearner.bootstrap();
          List<RegressionTree> grown = new ArrayList<>();
          for (int i = first; i < trees; i += threads) {
            grown.add(learner.trainTree(prepared.train(), parameters, seeds[i]));
          }
          return grown;
        }));
      }
      List<RegressionTree> all = new ArrayList<>();
      for (Future<List<RegressionTree>> part : parts) {
        all.addAll(part.get());
      }
      RandomForest forest = new RandomForest(all);
      double mse = MeanSquaredError.of(forest.predict(prepared.validation()), prepared.validation().targetsCopy());
      return new Result(mse, all.stream().mapToInt(RegressionTree::leafCount).average().orElse(0));
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
    return value == null ? fallback : java.util.Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
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
