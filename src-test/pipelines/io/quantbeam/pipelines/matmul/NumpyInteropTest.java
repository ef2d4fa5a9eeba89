package io.quantbeam.pipelines.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips with NumPy itself (python3-numpy, installed by .ci/run): NumPy reads our blocks and
 * gets the same product, our files are byte for byte what numpy.save writes, and matrices NumPy
 * writes block by block (C and Fortran order) are valid inputs.
 */
class NumpyInteropTest {

  /** Python: {@code load(folder)}, a block matrix as one NumPy array, checking every block is what numpy.save writes. */
  private static final String LOAD_MATRICES = """
      import io, json, math, sys
      import numpy as np
      def load(folder):
          meta = json.load(open(f"{folder}/matrix.json"))
          rows = math.ceil(meta["rows"] / meta["blockRows"])
          cols = math.ceil(meta["cols"] / meta["blockCols"])
          paths = [[f"{folder}/block-{i}-{j}.npy" for j in range(cols)] for i in range(rows)]
          for row in paths:
              for path in row:
                  block = np.load(path)
                  saved = io.BytesIO()
                  np.save(saved, block)
                  if saved.getvalue() != open(path, "rb").read():
                      print("differs from numpy.save:", path)
          return np.block([[np.load(p) for p in row] for row in paths])
      """;

  private static Optional<String> python;

  @BeforeAll
  static void findPythonWithNumpy() {
    python = Stream.of("/usr/bin/python3", "python3").filter(NumpyInteropTest::hasNumpy).findFirst();
  }

  @Test
  void numpyReadsOurMatricesAndAgreesWithTheProduct(@TempDir Path dir) throws Exception {
    assumeNumpy();
    MatmulRuns.matgen(dir.resolve("a"), 70, 50, 32, 14, 1);
    MatmulRuns.matgen(dir.resolve("b"), 50, 90, 14, 40, 2);
    MatmulRuns.matmul(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"));
    String out = runPython(dir, LOAD_MATRICES + """
        a, b, c = load("a"), load("b"), load("c")
        print(a.shape, b.shape, c.shape, a.dtype)
        print("error", np.linalg.norm(c - a @ b) / np.linalg.norm(a @ b))
        """);
    List<String> lines = out.lines().toList();
    assertEquals("(70, 50) (50, 90) (70, 90) float64", lines.get(0), out);
    assertEquals(2, lines.size(), "every block equals what numpy.save writes: " + out);
    double error = Double.parseDouble(lines.get(1).substring("error ".length()));
    assertTrue(error < 1e-12, "relative Frobenius error against NumPy's A @ B: " + error);
  }

  @Test
  void matricesWrittenByNumpyBlockByBlockAreInputs(@TempDir Path dir) throws Exception {
    assumeNumpy();
    runPython(dir, """
        import json, os
        import numpy as np
        rng = np.random.default_rng(7)
        a, b = rng.standard_normal((45, 33)), rng.standard_normal((33, 21))
        def save(folder, m, br, bc):
            os.makedirs(folder)
            for i in range(0, m.shape[0], br):
                for j in range(0, m.shape[1], bc):
                    block = m[i:i + br, j:j + bc]
                    # Every other block in Fortran order: numpy.save keeps the memory layout.
                    np.save(f"{folder}/block-{i // br}-{j // bc}.npy",
                            np.asfortranarray(block) if (i // br + j // bc) % 2 else np.ascontiguousarray(block))
            json.dump({"rows": m.shape[0], "cols": m.shape[1], "blockRows": br, "blockCols": bc,
                       "dtype": "float64", "format": 1}, open(f"{folder}/matrix.json", "w"))
        save("a", a, 20, 10)
        save("b", b, 10, 8)
        np.save("expected.npy", a @ b)
        """);
    MatmulRuns.matmul(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"), "--verify");
    NpyBlockChannel.NpyBlock expected;
    try (var channel = Files.newByteChannel(dir.resolve("expected.npy"))) {
      expected = new NpyBlockChannel().read(channel);
    }
    assertEquals(45, expected.header().rows());
    double error = MatmulRuns.relativeFrobenius(MatmulRuns.readDense(dir.resolve("c")), expected.values());
    assertTrue(error < 1e-12, "relative Frobenius error against NumPy's A @ B: " + error);
  }

  /**
   * A product whose A, B and C together (3 × 2400² × 8 B = 132 MiB) exceed the heap of the JVM that
   * computes it (-Xmx128m, of which Beam itself takes some 40 MB): memory is set by the block size
   * (200², 312 KiB) and the two tasks in flight, not by n. Freivalds' check runs in the same JVM; NumPy
   * recomputes A @ B and compares.
   */
  @Test
  void aProductLargerThanTheHeapCompletesAndMatchesNumpy(@TempDir Path dir) throws Exception {
    assumeNumpy();
    int n = 2400;
    MatmulRuns.matgen(dir.resolve("a"), n, n, 200, 200, 1);
    MatmulRuns.matgen(dir.resolve("b"), n, n, 200, 200, 2);
    long heap = 128L << 20;
    assertTrue(3L * n * n * Double.BYTES > heap, "A + B + C must exceed the heap");
    Path log = dir.resolve("matmul.log");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + (heap >> 20) + "m", "-cp", System.getProperty("java.class.path"),
        io.quantbeam.pipelines.Launcher.class.getName(), "matmul", "--a=" + dir.resolve("a"),
        "--b=" + dir.resolve("b"), "--output=" + dir.resolve("c"), "--verify")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the capped run did not finish");
    String output = Files.readString(log);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("Freivalds' check passed on 2400 rows"), output);
    String out = runPython(dir, LOAD_MATRICES + """
        a, b, c = load("a"), load("b"), load("c")
        print("error", np.linalg.norm(c - a @ b) / np.linalg.norm(a @ b))
        """);
    List<String> lines = out.lines().toList();
    assertEquals(1, lines.size(), "every block equals what numpy.save writes: " + out);
    double error = Double.parseDouble(lines.get(0).substring("error ".length()));
    assertTrue(error < 1e-12, "relative Frobenius error against NumPy's A @ B: " + error);
  }

  private static void assumeNumpy() {
    assumeTrue(python.isPresent(), "python3 with NumPy not found: install python3-numpy (as .ci/run does) to run the "
        + "NumPy round trips");
  }

  private static boolean hasNumpy(String executable) {
    try {
      Process process = new ProcessBuilder(executable, "-c", "import numpy").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String runPython(Path workingDirectory, String script) throws Exception {
    Process process = new ProcessBuilder(python.orElseThrow(), "-c", script).directory(workingDirectory.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python did not finish");
    assertEquals(0, process.exitValue(), "python failed:\n" + output);
    return output;
  }
}
