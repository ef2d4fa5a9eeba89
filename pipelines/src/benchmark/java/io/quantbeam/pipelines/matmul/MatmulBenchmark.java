package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.BlockGemm;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Benchmark (a command, not a test), every measurement in a process of its own so that its peak
 * resident memory ({@code VmHWM}: JVM heap, BLAS's native buffers, everything) is its own: NumPy's
 * {@code a @ b} and one whole-matrix dgemm through the same BLAS binding at n (each with BLAS's
 * default threads: single calls that get every core), then the {@code matmul} pipeline end to end
 * (block reads, products, writes, {@code matrix.json}; Direct runner, one BLAS thread per task as it
 * chooses itself) at n with a heap that holds A, B and C, and at a larger n under a heap smaller
 * than A + B + C. Prints each run as it ends, then one Markdown table with GFLOP/s, ratios, peak
 * RSS and the load average. Run it alone on the machine:
 *
 * <pre>{@code
 * flock /tmp/quantbeam-bench.lock mvn -q -pl pipelines -am compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath io.quantbeam.pipelines.matmul.MatmulBenchmark"
 * }</pre>
 *
 * <p>Options: {@code --n} (8192) and {@code --block} (2048) of the in-memory case with
 * {@code --heap} (14g, sized up front: dgemm pins its arrays through JNI, so every collection a
 * growing heap needs waits for the calls in flight); {@code --bigN} (16384, 0 to skip), {@code
 * --bigBlock} (4096) and {@code --bigHeap} (3g) of the out-of-memory case; {@code --repeats} (1:
 * runs of each in-memory measurement, alternating, best kept; the big case runs once); {@code
 * --work} (scratch folder, {@code /tmp/quantbeam-matmul-bench}). Anything else goes to the
 * pipeline (e.g. {@code --runner=FlinkRunner}); {@code --awsRegion=us-east-1} is added unless given,
 * so that Beam's S3 file system does not ask the EC2 metadata service for it on every run.
 */
public final class MatmulBenchmark {

  private static final String BLAS_THREADS = "OPENBLAS_NUM_THREADS";
  private static final String WHOLE_MATRIX = "--wholeMatrixDgemm=";
  private static final String PIPELINE_RUN = "--pipelineRun";
  private static final String RESULT = "result ";

  private MatmulBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].startsWith(WHOLE_MATRIX)) {
      double gflops = wholeMatrixDgemm(Integer.parseInt(args[0].substring(WHOLE_MATRIX.length())));
      System.out.println(RESULT + gflops + " " + peakRssKib());
      return;
    }
    if (args.length > 0 && args[0].equals(PIPELINE_RUN)) {
      pipelineRun(List.of(args).subList(1, args.length));
      return;
    }
    Settings settings = Settings.parse(args);
    Optional<String> python = Stream.of("/usr/bin/python3", "python3").filter(MatmulBenchmark::hasNumpy).findFirst();
    settings.generateInputs(settings.n, settings.block);
    if (settings.bigN > 0) {
      settings.generateInputs(settings.bigN, settings.bigBlock);
    }
    List<Measurement> best = new ArrayList<>();
    for (int run = 1; run <= settings.repeats; run++) {
      // Baselines and pipeline runs alternate, so that a change in machine load hits all of them.
      List<Measurement> round = new ArrayList<>();
      if (python.isPresent()) {
        round.add(measure("NumPy a @ b", settings.n, "-", "-",
            List.of(python.get(), "-c", NUMPY_TIMING, Integer.toString(settings.n))));
      }
      round.add(measure("whole-matrix dgemm", settings.n, "-", "-Xmx8g", javaCommand("-Xmx8g",
          WHOLE_MATRIX + settings.n)));
      round.add(measure("pipeline", settings.n, Integer.toString(settings.block), settings.heap,
          settings.pipelineCommand(settings.n, settings.block, settings.heap)));
      for (int m = 0; m < round.size(); m++) {
        if (best.size() <= m) {
          best.add(round.get(m));
        } else if (round.get(m).gflops() > best.get(m).gflops()) {
          best.set(m, round.get(m));
        }
      }
    }
    if (settings.bigN > 0) {
      best.add(measure("pipeline, heap < A + B + C", settings.bigN, Integer.toString(settings.bigBlock),
          settings.bigHeap, settings.pipelineCommand(settings.bigN, settings.bigBlock, settings.bigHeap)));
    }
    printTable(best, python);
  }

  private static void printTable(List<Measurement> results, Optional<String> python) {
    Measurement numpy = find(results, "NumPy");
    Measurement dgemm = find(results, "whole-matrix");
    Measurement inMemory = find(results, "pipeline");
    System.out.println();
    System.out.println("BLAS (pipeline and whole-matrix dgemm): " + BlasLibrary.describe());
    python.ifPresent(p -> System.out.println("NumPy: " + run(List.of(p, "-c", NUMPY_DESCRIPTION)).output().strip()));
    System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores; load average (1, 5, 15 min) "
        + "when each run ended is in its row");
    System.out.println();
    System.out.println("| what | n | block | heap | GFLOP/s | / NumPy | / dgemm | / pipeline in memory | peak RSS | load |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Measurement m : results) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %.1f (%.2f s) | %s | %s | %s | %.2f GiB | %s |%n", m.what(),
          m.n(), m.block(), m.heap(), m.gflops(), m.seconds(), ratio(m, numpy), ratio(m, dgemm), ratio(m, inMemory),
          m.peakRssKib() / 1024.0 / 1024.0, m.load());
    }
  }

  private static Measurement find(List<Measurement> results, String prefix) {
    return results.stream().filter(m -> m.what().startsWith(prefix)).findFirst().orElse(null);
  }

  private static String ratio(Measurement m, Measurement reference) {
    return reference == null || reference == m ? "" : String.format(Locale.ROOT, "%.0f %%",
        100 * m.gflops() / reference.gflops());
  }

  /** Runs a process that prints {@code result <GFLOP/s> <peak RSS KiB>} as its last line. */
  private static Measurement measure(String what, int n, String block, String heap, List<String> command) {
    Run result = run(command);
    String last = result.output().strip().lines().filter(line -> line.startsWith(RESULT)).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException(what + " printed no result:\n" + result.output()));
    String[] fields = last.substring(RESULT.length()).trim().split("\\s+");
    double gflops = Double.parseDouble(fields[0]);
    Measurement m = new Measurement(what, n, block, heap, gflops, 2.0 * n * n * n / gflops / 1e9,
        Long.parseLong(fields[1]), load());
    System.out.printf(Locale.ROOT, "%s, n=%d, block %s, heap %s: %.1f GFLOP/s (%.2f s), peak RSS %.2f GiB (load %s)%n",
        what, n, block, heap, m.gflops(), m.seconds(), m.peakRssKib() / 1024.0 / 1024.0, m.load());
    return m;
  }

  /** The child side of a pipeline measurement: one timed {@code MatmulPipeline.run}, then its result line. */
  private static void pipelineRun(List<String> args) throws IOException {
    PipelineOptionsFactory.register(MatmulOptions.class);
    MatmulOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
        .as(MatmulOptions.class);
    long started = System.nanoTime();
    MatmulPipeline.run(options);
    double seconds = (System.nanoTime() - started) / 1e9;
    MatrixLayout a = new MatrixFolder(options.getA()).readLayout(); // file systems are set up by the run
    double gflops = 2.0 * a.rows() * a.cols() * new MatrixFolder(options.getB()).readLayout().cols() / seconds / 1e9;
    System.out.println(RESULT + gflops + " " + peakRssKib());
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
      peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
      print("result", 2.0 * n ** 3 / best / 1e9, peak)
      """;

  private static final String NUMPY_DESCRIPTION = """
      import re
      import numpy as np
      np.ones((64, 64)) @ np.ones((64, 64))
      libraries = sorted(set(re.findall(r"/\\S*blas\\S*", open("/proc/self/maps").read())))
      print("numpy", np.__version__, "from", np.__file__.rsplit("/", 2)[0], "using", ", ".join(libraries))
      """;

  /** Peak resident set of this process ({@code VmHWM} in /proc/self/status), KiB; 0 where unknown. */
  static long peakRssKib() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines.filter(line -> line.startsWith("VmHWM:")).map(line -> line.replaceAll("[^0-9]", ""))
          .mapToLong(Long::parseLong).findFirst().orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private record Run(String output) {}

  /** Runs a command without {@value #BLAS_THREADS} in its environment; returns its output. */
  private static Run run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().remove(BLAS_THREADS);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(command.get(0) + " failed:\n" + output);
      }
      return new Run(output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    List<String> rest = new ArrayList<>(List.of(args));
    // JVM flags first, then the class path and this class.
    int flags = (int) rest.stream().takeWhile(arg -> arg.startsWith("-X")).count();
    command.addAll(rest.subList(0, flags));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), MatmulBenchmark.class.getName()));
    command.addAll(rest.subList(flags, rest.size()));
    return command;
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
      String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private record Measurement(String what, int n, String block, String heap, double gflops, double seconds,
      long peakRssKib, String load) {}

  /** The command line. */
  private static final class Settings {
    int n = 8192;
    int block = 2048;
    String heap = "14g";
    int bigN = 16384;
    int bigBlock = 4096;
    String bigHeap = "3g";
    int repeats = 1;
    Path work = Path.of("/tmp/quantbeam-matmul-bench");
    final List<String> pipelineArgs = new ArrayList<>();

    static Settings parse(String[] args) {
      Settings s = new Settings();
      for (String arg : args) {
        String value = arg.substring(arg.indexOf('=') + 1);
        if (arg.startsWith("--n=")) {
          s.n = Integer.parseInt(value);
        } else if (arg.startsWith("--block=")) {
          s.block = Integer.parseInt(value);
        } else if (arg.startsWith("--heap=")) {
          s.heap = value;
        } else if (arg.startsWith("--bigN=")) {
          s.bigN = Integer.parseInt(value);
        } else if (arg.startsWith("--bigBlock=")) {
          s.bigBlock = Integer.parseInt(value);
        } else if (arg.startsWith("--bigHeap=")) {
          s.bigHeap = value;
        } else if (arg.startsWith("--repeats=")) {
          s.repeats = Integer.parseInt(value);
        } else if (arg.startsWith("--work=")) {
          s.work = Path.of(value);
        } else {
          s.pipelineArgs.add(arg);
        }
      }
      if (s.pipelineArgs.stream().noneMatch(arg -> arg.startsWith("--awsRegion="))) {
        s.pipelineArgs.add("--awsRegion=us-east-1");
      }
      return s;
    }

    Path input(String name, int size, int blockSize) {
      return work.resolve(name + "-" + size + "-" + blockSize);
    }

    /** Writes the random A and B of a case (seeds 1 and 2) unless a previous run left them complete; untimed. */
    void generateInputs(int size, int blockSize) {
      MatrixLayout layout = new MatrixLayout(size, size, blockSize, blockSize);
      for (String name : List.of("a", "b")) {
        Path folder = input(name, size, blockSize);
        if (Files.exists(folder.resolve(MatrixFolder.METADATA))) {
          continue;
        }
        MatgenPipeline.generate(PipelineOptionsFactory.fromArgs(pipelineArgs.toArray(String[]::new)).create(), layout,
            name.equals("a") ? 1 : 2, new MatrixFolder(folder.toString()));
      }
    }

    List<String> pipelineCommand(int size, int blockSize, String heapSize) {
      List<String> command = new ArrayList<>(javaCommand("-Xms" + heapSize, "-Xmx" + heapSize,
          "-XX:MetaspaceSize=256m", PIPELINE_RUN));
      command.addAll(pipelineArgs);
      command.addAll(List.of("--a=" + input("a", size, blockSize), "--b=" + input("b", size, blockSize),
          "--output=" + work.resolve("c-" + size + "-" + blockSize)));
      return command;
    }
  }
}
