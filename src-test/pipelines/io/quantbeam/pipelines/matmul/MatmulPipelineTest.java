package io.quantbeam.pipelines.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.NpyCodec;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.testing.DirectRunnerWorkers;
import io.quantbeam.pipelines.testing.OutputFiles;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of matgen and matmul on the Direct runner, outputs read back. */
class MatmulPipelineTest {

  // Non-square with ragged edge blocks on every side: A is a 3 × 4 block grid, B 4 × 3.
  private static final int M = 70;
  private static final int K = 50;
  private static final int N = 90;

  @TempDir
  static Path inputs;

  private static Path a;
  private static Path b;

  @TempDir
  Path dir;

  @BeforeAll
  static void generateInputs() {
    a = inputs.resolve("a");
    b = inputs.resolve("b");
    MatmulRuns.matgen(a, M, K, 32, 14, 1);
    MatmulRuns.matgen(b, K, N, 14, 40, 2);
  }

  @Test
  void productEqualsTheTripleLoopWithRaggedEdgeBlocks() throws IOException {
    Path c = dir.resolve("c");
    MatmulRuns.matmul(a, b, c, "--verify");
    assertEquals(new MatrixLayout(M, N, 32, 40), MatmulRuns.layout(c));
    assertEquals("{\"rows\":70,\"cols\":90,\"blockRows\":32,\"blockCols\":40,\"dtype\":\"float64\",\"format\":1}",
        Files.readString(c.resolve("matrix.json")).strip());
    double[] expected = MatmulRuns.tripleLoop(M, N, K, MatmulRuns.readDense(a), MatmulRuns.readDense(b));
    double error = MatmulRuns.relativeFrobenius(MatmulRuns.readDense(c), expected);
    assertTrue(error < 1e-12, "relative Frobenius error " + error);
    try (Stream<Path> files = Files.list(c)) {
      assertEquals(List.of("block-0-0.npy", "block-0-1.npy", "block-0-2.npy", "block-1-0.npy", "block-1-1.npy",
          "block-1-2.npy", "block-2-0.npy", "block-2-1.npy", "block-2-2.npy", "matrix.json", "report.html", "run.json"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "the blocks, matrix.json and the run's report");
    }
  }

  @Test
  void generatedBlocksAreNumpyFilesOfTheRightShape() throws IOException {
    byte[] ragged = Files.readAllBytes(a.resolve("block-2-3.npy"));
    assertArrayEquals(NpyCodec.encodeHeader(6, 8), Arrays.copyOf(ragged, 128));
    assertEquals(128 + 6 * 8 * 8, ragged.length);
    double first = ByteBuffer.wrap(ragged, 128, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
    assertEquals(MatmulRuns.readDense(a)[64 * K + 42], first, 0.0);
  }

  @Test
  void mismatchedBlockingFailsBeforeAnyWork() throws IOException {
    Path reblocked = dir.resolve("b10");
    MatmulRuns.matgen(reblocked, K, N, 10, 40, 2);
    Path c = dir.resolve("c");
    MatmulRuns.matmul(a, b, c);
    long modified = Files.getLastModifiedTime(c.resolve("matrix.json")).toMillis();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatmulRuns.matmul(a, reblocked, c));
    assertEquals("A's column blocking must equal B's row blocking: A has blockCols=14 but B has blockRows=10; "
        + "re-block one of them", e.getMessage());
    assertEquals(modified, Files.getLastModifiedTime(c.resolve("matrix.json")).toMillis(), "output untouched");
  }

  @Test
  void aMissingBlockFailsBeforeAnyWorkNamingIt() throws IOException {
    Path broken = copy(a, dir.resolve("a"));
    Files.delete(broken.resolve("block-1-2.npy"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatmulRuns.matmul(broken, b, dir.resolve("c")));
    assertTrue(e.getMessage().contains("matrix A at " + broken) && e.getMessage().contains("1 bad block: block-1-2.npy "
        + "is missing"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("c").resolve("matrix.json")));
  }

  @Test
  void aBlockTooShortForItsShapeFailsBeforeAnyWork() throws IOException {
    Path broken = copy(b, dir.resolve("b"));
    Path block = broken.resolve("block-3-1.npy");
    Files.write(block, Arrays.copyOf(Files.readAllBytes(block), 200)); // the header and 9 values
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatmulRuns.matmul(a, broken, dir.resolve("c")));
    assertTrue(e.getMessage().endsWith("1 bad block: block-3-1.npy is truncated: 200 bytes, a 8 x 40 float64 block "
        + "needs at least 2624"), e.getMessage());
  }

  @Test
  void aTruncatedBlockFailsTheRunNamingItAndKeepsThePreviousProduct() throws Exception {
    Path c = dir.resolve("c");
    MatmulRuns.matmul(a, b, c);
    Map<String, byte[]> before = OutputFiles.contents(c);
    assertTrue(before.containsKey("matrix.json") && before.containsKey("block-2-2.npy"), before.keySet().toString());
    Path broken = copy(b, dir.resolve("b"));
    Path block = broken.resolve("block-3-1.npy");
    byte[] bytes = Files.readAllBytes(block);
    Files.write(block, Arrays.copyOf(bytes, bytes.length - 8));
    Throwable cause = failureOf(() -> MatmulRuns.matmul(a, broken, c));
    assertEquals("bad block B(3, 1) at " + block + ": truncated: the header announces 2560 data bytes for shape (8, 40), "
        + "the file ends after 2552", cause.getMessage());
    OutputFiles.assertKeptAsItWas(before, c);
  }

  @Test
  void aMatgenRerunWithAnotherBlockingLeavesOnlyTheNewBlocks() throws Exception {
    Path m = dir.resolve("m");
    MatmulRuns.matgen(m, 70, 50, 32, 14, 1);
    MatmulRuns.matgen(m, 70, 50, 35, 25, 1);
    assertEquals(List.of("block-0-0.npy", "block-0-1.npy", "block-1-0.npy", "block-1-1.npy", "matrix.json",
        "report.html", "run.json"), List.copyOf(OutputFiles.contents(m).keySet()));
    assertEquals(70 * 50, MatmulRuns.readDense(m).length);
  }

  @Test
  void aWronglyShapedBlockFailsTheRunNamingIt() throws Exception {
    Path broken = copy(a, dir.resolve("a"));
    // Block (0, 1) should be 32 x 14; a 14 x 32 block has the same size, so only its header tells.
    Path block = broken.resolve("block-0-1.npy");
    byte[] bytes = Files.readAllBytes(block);
    System.arraycopy(NpyCodec.encodeHeader(14, 32), 0, bytes, 0, 128);
    Files.write(block, bytes);
    Throwable cause = failureOf(() -> MatmulRuns.matmul(broken, b, dir.resolve("c")));
    assertEquals("bad block A(0, 1) at " + block + ": shape (14, 32), the layout 70 x 50 in blocks of 32 x 14 "
        + "(3 x 4 grid) needs (32, 14)", cause.getMessage());
    assertFalse(Files.exists(dir.resolve("c").resolve("matrix.json")));
  }

  @Test
  void aBlockOfAnotherDtypeFailsTheRunNamingIt() throws Exception {
    Path broken = copy(a, dir.resolve("a"));
    Path block = broken.resolve("block-2-0.npy");
    byte[] bytes = Files.readAllBytes(block);
    byte[] header = new String(Arrays.copyOf(bytes, 128), StandardCharsets.ISO_8859_1).replace("'<f8'", "'<i8'")
        .getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, bytes, 0, 128);
    Files.write(block, bytes);
    Throwable cause = failureOf(() -> MatmulRuns.matmul(broken, b, dir.resolve("c")));
    assertEquals("bad block A(2, 0) at " + block + ": dtype must be '<f8' (little-endian float64), got '<i8'",
        cause.getMessage());
  }

  @Test
  void nanIsRejectedOnRequestNamingTheBlockAndPosition() throws Exception {
    Path withNaN = copy(a, dir.resolve("a"));
    Path block = withNaN.resolve("block-1-1.npy");
    byte[] bytes = Files.readAllBytes(block);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(128 + 8 * (3 * 14 + 5), Double.NaN);
    Files.write(block, bytes);
    Throwable cause = failureOf(() -> MatmulRuns.matmul(withNaN, b, dir.resolve("c"), "--rejectNaN"));
    assertEquals("bad block A(1, 1) at " + block + ": NaN at row 3, column 5 of the block (--rejectNaN)",
        cause.getMessage());
    MatmulRuns.matmul(withNaN, b, dir.resolve("c"));
    assertTrue(Double.isNaN(MatmulRuns.readDense(dir.resolve("c"))[(32 + 3) * N]), "NaN propagates without the flag");
  }

  @Test
  void aShortFileThatIsNoNpyFileIsReportedAsSuch() throws IOException {
    Path broken = copy(b, dir.resolve("b"));
    Files.write(broken.resolve("block-3-1.npy"), new byte[100]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatmulRuns.matmul(a, broken, dir.resolve("c")));
    assertTrue(e.getMessage().endsWith("1 bad block: block-3-1.npy: not a .npy file: it does not start with \\x93NUMPY"),
        e.getMessage());
  }

  @Test
  void aShorterBlockOfAnotherDtypeIsReportedAsSuchNotAsTruncated() throws IOException {
    Path broken = copy(a, dir.resolve("a"));
    // Block (2, 0) should be 6 x 14 float64; the same shape in float32 has half the bytes.
    byte[] header = new String(NpyCodec.encodeHeader(6, 14), StandardCharsets.ISO_8859_1).replace("'<f8'", "'<f4'")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(broken.resolve("block-2-0.npy"), Arrays.copyOf(header, header.length + 6 * 14 * 4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatmulRuns.matmul(broken, b, dir.resolve("c")));
    assertTrue(e.getMessage().endsWith("1 bad block: block-2-0.npy: dtype must be '<f8' (little-endian float64), "
        + "got '<f4'"), e.getMessage());
  }

  @Test
  void aSmallerBlockOfAnotherShapeIsReportedAsSuchNotAsTruncated() throws IOException {
    Path broken = copy(a, dir.resolve("a"));
    byte[] header = NpyCodec.encodeHeader(10, 14);
    Files.write(broken.resolve("block-0-1.npy"), Arrays.copyOf(header, header.length + 10 * 14 * 8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatmulRuns.matmul(broken, b, dir.resolve("c")));
    assertTrue(e.getMessage().endsWith("1 bad block: block-0-1.npy has shape (10, 14), the layout needs (32, 14)"),
        e.getMessage());
  }

  @Test
  void nanAndInfInInputsAreCountedAndTheirBlocksNamed() throws Exception {
    Path withInf = copy(a, dir.resolve("a"));
    Path aBlock = withInf.resolve("block-1-1.npy");
    byte[] bytes = Files.readAllBytes(aBlock);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(128 + 8 * (3 * 14 + 5), Double.POSITIVE_INFINITY);
    Files.write(aBlock, bytes);
    Path withNaN = copy(b, dir.resolve("b"));
    Path bBlock = withNaN.resolve("block-0-2.npy");
    bytes = Files.readAllBytes(bBlock);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putDouble(128, Double.NaN);
    buffer.putDouble(128 + 8, Double.NaN);
    Files.write(bBlock, bytes);

    PipelineResult result = MatmulRuns.matmul(withInf, withNaN, dir.resolve("c"));
    long outputBlocks = RunMetrics.of(result, MatmulMetrics.NAMESPACE).counter(MatmulMetrics.NON_FINITE_OUTPUT_BLOCKS);
    // Row 32 + 3 of A holds ∞: every block of C's block row 1; B's column 80 holds NaN: every block of block column 2.
    assertEquals(5, outputBlocks);
    String line = MatmulSummary.nonFinite(result, outputBlocks);
    assertTrue(line.contains("5 blocks of C hold non-finite values, from NaN/Inf in 2 input blocks: block (0, 2) of B at "
        + withNaN + " (2 values); block (1, 1) of A at " + withInf + " (1 value)"), line);

    Map<String, byte[]> unverified = OutputFiles.contents(dir.resolve("c"));
    Throwable cause = failureOf(() -> MatmulRuns.matmul(withInf, withNaN, dir.resolve("c"), "--verify"));
    assertTrue(cause.getMessage().contains("the inputs hold NaN/Inf, which propagate into C, so C cannot be verified "
        + "(the product is not at fault): block (1, 1) of A at " + withInf + " (1 NaN/Inf value); block (0, 2) of B at "
        + withNaN + " (2 NaN/Inf values)"), cause.getMessage());
    OutputFiles.assertKeptAsItWas(unverified, dir.resolve("c"));
  }

  @Test
  void theOutputMayNotBeAnInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatmulRuns.matmul(a, b, b));
    assertTrue(e.getMessage().startsWith("--output must differ from --b"), e.getMessage());
    assertTrue(Files.exists(b.resolve("matrix.json")));
  }

  @Test
  void aFolderWithoutMatrixJsonIsNotAMatrix() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatmulRuns.matmul(empty, b,
        dir.resolve("c")));
    assertEquals("no block matrix at " + empty + ": matrix.json is missing (not a matrix folder, or a run that did "
        + "not finish)", e.getMessage());
  }

  /** The exception a failed run reports, unwrapped from the runner's wrapper, once the runner's workers have stopped. */
  private static Throwable failureOf(org.junit.jupiter.api.function.Executable run) throws InterruptedException {
    PipelineExecutionException e = assertThrows(PipelineExecutionException.class, run);
    DirectRunnerWorkers.awaitStopped();
    return e.getCause();
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }
}
