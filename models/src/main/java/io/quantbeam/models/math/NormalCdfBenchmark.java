package io.quantbeam.models.math;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Prints ns per call of {@link NormalDistribution#cdf} against commons-math3's
 * {@code NormalDistribution.cumulativeProbability} and {@code 0.5·Erf.erfc(−x/√2)}, on arguments
 * spread over [−8, 8] (where the Merton solver's d1 and d2 live) and over the far lower tail
 * [−37, −8].
 *
 * <pre>mvn -q -pl models compile exec:java -Dexec.skip=false -Dexec.mainClass=io.quantbeam.models.math.NormalCdfBenchmark</pre>
 */
public final class NormalCdfBenchmark {

  private static final int ARGUMENTS = 1 << 12;
  private static final int ROUNDS = 7;

  private NormalCdfBenchmark() {}

  public static void main(String[] args) {
    org.apache.commons.math3.distribution.NormalDistribution commons =
        new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
    double sqrtHalf = Math.sqrt(0.5);
    for (double[] range : new double[][] {{-8, 8}, {-37, -8}}) {
      double[] x = arguments(range[0], range[1]);
      System.out.printf(Locale.ROOT, "x in [%.0f, %.0f]%n", range[0], range[1]);
      report("quantbeam NormalDistribution.cdf", NormalDistribution::cdf, x);
      report("commons-math3 cumulativeProbability", commons::cumulativeProbability, x);
      report("commons-math3 0.5*Erf.erfc(-x/sqrt2)",
          v -> 0.5 * org.apache.commons.math3.special.Erf.erfc(-v * sqrtHalf), x);
    }
  }

  private static double[] arguments(double from, double to) {
    SplittableRandom random = new SplittableRandom(20240601L);
    double[] x = new double[ARGUMENTS];
    for (int i = 0; i < x.length; i++) {
      x[i] = from + (to - from) * random.nextDouble();
    }
    return x;
  }

  /** Best of {@link #ROUNDS} timed rounds, after warm-up rounds of the same size. */
  private static void report(String name, DoubleUnaryOperator f, double[] x) {
    int calls = 0;
    double sink = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 1_000_000_000L) {
      sink += sweep(f, x);
      calls += x.length;
    }
    int repeats = Math.max(1, calls / x.length / 10);
    double best = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (int r = 0; r < repeats; r++) {
        sink += sweep(f, x);
      }
      best = Math.min(best, (System.nanoTime() - t0) / (double) (repeats * (long) x.length));
    }
    System.out.printf(Locale.ROOT, "  %-40s %8.1f ns/call   (checksum %.6g)%n", name, best, sink);
  }

  private static double sweep(DoubleUnaryOperator f, double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += f.applyAsDouble(v);
    }
    return sum;
  }
}
