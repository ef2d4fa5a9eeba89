package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.BlockGemm;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Benchmark (a command, not a test): the {@code matmul} pipeline end to end — block reads, products
 * and writes — on square n×n matrices for each n and block size, against single-process dgemm on
 * the same machine: NumPy's {@code a @ b} (when python3 with NumPy is installed) and one whole-matrix
 * dgemm through the same BLAS binding in a fresh JVM. Baselines and pipeline runs alternate and the
 * best of each is kept. Prints a Markdown table; run it alone on the machine:
 *
 * <pre>{@code
 * OPENBLAS_NUM_THREADS=1 flock /tmp/quantbeam-bench.lock mvn -q -pl pipelines -am compile exec:exec \
 *   -Dexec.executable=java \
 *   -Dexec.args="-Xms14g -Xmx14g -XX:MetaspaceSize=256m -cp %classpath io.quantbeam.pipelines.matmul.MatmulBenchmark"
 * }</pre>
 *
 * <p>A heap sized up front ({@code -Xms}) matters: the blocks are large arrays, dgemm holds them
 * pinned through JNI, and every collection a growing heap needs waits for the dgemm calls in flight
 * (G1 logged 6 collections per n = 8192 run, several "GCLocker Initiated", against 1 with
 * {@code -Xms14g}); {@code MetaspaceSize} keeps the classes Beam generates per run from triggering
 * collections.
 *
 * <p>The pipeline runs one task per core, so it is meant to run with one BLAS thread per task
 * ({@code OPENBLAS_NUM_THREADS=1}); the baselines are single calls that get every core from BLAS's
 * own threads, so their processes run without that variable.
 *
 * <p>Options: {@code --sizes} (default 4096,8192), {@code --blocks} (default 1024,2048),
 * {@code --repeats} (timed runs of each, the best is reported; default 2), {@code --work} (scratch
 * folder, default {@code /tmp/quantbeam-matmul-bench}); anything else goes to the pipeline (e.g.
 * {@code --runner=FlinkRunner}). {@code --awsRegion=us-east-1} is added unless given, so that Beam's
 * S3 filesystem does not look the region up in the EC2 metadata service on every run.
 */
public final class MatmulBenchmark {

  private static final String BLAS_THREADS = "OPENBLAS_NUM_THREADS";
  private static final String WHOLE_MATRIX = "--wholeMatrixDgemm=";

  private MatmulBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].startsWith(WHOLE_MATRIX)) {
      System.out.println(wholeMatrixDgemm(Integer.parseInt(args[0].substring(WHOLE_MATRIX.length()))));
      return;
    }
    List<Integer> sizes = List.of(4096, 8192);
    List<Integer> blocks = List.of(1024, 2048);
    int repeats = 2;
    Path work = Path.of("/tmp/quantbeam-matmul-bench");
    List<String> pipelineArgs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--sizes=")) {
        sizes = integers(arg);
      } else if (arg.startsWith("--blocks=")) {
        blocks = integers(arg);
      } else if (arg.startsWith("--repeats=")) {
        repeats = Integer.parseInt(arg.substring("--repeats=".length()));
      } else if (arg.startsWith("--work=")) {
        work = Path.of(arg.substring("--work=".length()));
      } else {
        pipelineArgs.add(arg);
      }
    }
    if (pipelineArgs.stream().noneMatch(arg -> arg.startsWith("--awsRegion="))) {
      // Without a region, every registration of Beam's S3 filesystem probes the EC2 metadata
      // service (0.75 s per run off EC2): a property of the environment, not of the multiply.
      pipelineArgs.add("--awsRegion=us-east-1");
    }
    Optional<String> python = Stream.of("/usr/bin/python3", "python3").filter(MatmulBenchmark::hasNumpy).findFirst();
    List<String> rows = new ArrayList<>();
    for (int n : sizes) {
      for (int block : blocks) {
        generateInputs(n, block, work, pipelineArgs);
      }
      // Baselines and pipeline runs alternate, so that a change in machine load hits all of them.
      double numpy = 0;
      double dgemm = 0;
      double[] pipeline = new double[blocks.size()];
      for (int run = 1; run <= repeats; run++) {
        if (python.isPresent()) {
          numpy = Math.max(numpy, baseline("NumPy a @ b", n, python.get(), "-c", NUMPY_TIMING, Integer.toString(n)));
        }
        dgemm = Math.max(dgemm, baseline("whole-matrix dgemm", n, javaCommand(), "-Xmx8g", "-cp",
            System.getProperty("java.class.path"), MatmulBenchmark.class.getName(), WHOLE_MATRIX + n));
        for (int b = 0; b < blocks.size(); b++) {
          pipeline[b] = Math.max(pipeline[b], pipelineGflops(n, blocks.get(b), run, work, pipelineArgs));
        }
      }
      for (int b = 0; b < blocks.size(); b++) {
        rows.add(String.format(Locale.ROOT, "| %d | %d | %.1f | %s | %.1f | %s | %.0f %% |", n, blocks.get(b),
            pipeline[b], python.isPresent() ? String.format(Locale.ROOT, "%.1f", numpy) : "n/a", dgemm,
            python.isPresent() ? String.format(Locale.ROOT, "%.0f %%", 100 * pipeline[b] / numpy) : "n/a",
            100 * pipeline[b] / dgemm));
      }
    }
    System.out.println();
    System.out.println("BLAS (pipeline and whole-matrix dgemm): " + BlasLibrary.describe());
    python.ifPresent(p -> System.out.println("NumPy: " + run(List.of(p, "-c", NUMPY_DESCRIPTION)).strip()));
    System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load " + load());
    System.out.println();
    System.out.println("| n | block | pipeline GFLOP/s | NumPy a @ b GFLOP/s | whole-matrix dgemm GFLOP/s "
        + "| pipeline / NumPy | pipeline / dgemm |");
    System.out.println("|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /** Writes the random A and B of a case (seeds 1 and 2), untimed. */
  private static void generateInputs(int n, int block, Path work, List<String> pipelineArgs) {
    MatrixLayout layout = new MatrixLayout(n, n, block, block);
    MatgenPipeline.generate(PipelineOptionsFactory.fromArgs(pipelineArgs.toArray(String[]::new)).create(), layout, 1,
        new MatrixFolder(input(work, "a", n, block).toString()));
    MatgenPipeline.generate(PipelineOptionsFactory.fromArgs(pipelineArgs.toArray(String[]::new)).create(), layout, 2,
        new MatrixFolder(input(work, "b", n, block).toString()));
  }

  private static Path input(Path work, String name, int n, int block) {
    return work.resolve(name + "-" + n + "-" + block);
  }

  /** End-to-end rate of one run of the matmul pipeline: all of {@code MatmulPipeline.run}. */
  private static double pipelineGflops(int n, int block, int run, Path work, List<String> pipelineArgs) {
    List<String> args = new ArrayList<>(pipelineArgs);
    args.addAll(List.of("--a=" + input(work, "a", n, block), "--b=" + input(work, "b", n, block),
        "--output=" + work.resolve("c-" + n + "-" + block)));
    PipelineOptionsFactory.register(MatmulOptions.class);
    MatmulOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
        .as(MatmulOptions.class);
    long started = System.nanoTime();
    MatmulPipeline.run(options);
    double seconds = (System.nanoTime() - started) / 1e9;
    double gflops = 2.0 * n * n * n / seconds / 1e9;
    System.out.printf(Locale.ROOT, "n=%d block=%d run %d: %.2f s, %.1f GFLOP/s (load %s)%n", n, block, run, seconds,
        gflops, load());
    return gflops;
  }

  /** One dgemm on the whole n×n matrices through the binding, best of two after a warm-up; GFLOP/s. */
  private static double wholeMatrixDgemm(int n) {
    MatrixLayout whole = new MatrixLayout(n, n, n, n);
    double[] a = new SeededBlockGenerator(1).block(whole, 0, 0).values();
    double[] b = new SeededBlockGenerator(2).block(whole, 0, 0).values();
    double[] c = new double[n * n];
    BlockGemm gemm = new BlockGemm();
    gemm.multiplyAdd(n, n, n, a, b, c);
    double best = 0;
    for (int run = 0; run < 2; run++) {
      long started = System.nanoTime();
      gemm.multiplyAdd(n, n, n, a, b, c);
      best = Math.max(best, 2.0 * n * n * n / ((System.nanoTime() - started) / 1e9) / 1e9);
    }
    return best;
  }

  private static final String NUMPY_TIMING = """
      import sys, time
      import numpy as np
      n = int(sys.argv[1])
      rng = np.random.default_rng(1)
      a, b = rng.uniform(-1, 1, (n, n)), rng.uniform(-1, 1, (n, n))
      a @ b
      best = float("inf")
      for _ in range(2):
          started = time.perf_counter()
          a @ b
          best = min(best, time.perf_counter() - started)
      print(2.0 * n ** 3 / best / 1e9)
      """;

  private static final String NUMPY_DESCRIPTION = """
      import re
      import numpy as np
      np.ones((64, 64)) @ np.ones((64, 64))
      libraries = sorted(set(re.findall(r"/\\S*blas\\S*", open("/proc/self/maps").read())))
      print("numpy", np.__version__, "from", np.__file__.rsplit("/", 2)[0], "using", ", ".join(libraries))
      """;

  /** A baseline's GFLOP/s, from a process that prints it, run with BLAS's default threads. */
  private static double baseline(String name, int n, String... command) {
    double gflops = Double.parseDouble(run(List.of(command)).strip());
    System.out.printf(Locale.ROOT, "n=%d %s: %.1f GFLOP/s (load %s)%n", n, name, gflops, load());
    return gflops;
  }

  /** Runs a command without {@value #BLAS_THREADS} in its environment; returns its output. */
  private static String run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
      builder.environment().remove(BLAS_THREADS);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(command.get(0) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean hasNumpy(String python) {
    try {
      run(List.of(python, "-c", "import numpy"));
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static List<Integer> integers(String arg) {
    return Arrays.stream(arg.substring(arg.indexOf('=') + 1).split(",")).map(String::trim).map(Integer::valueOf)
        .toList();
  }
}
