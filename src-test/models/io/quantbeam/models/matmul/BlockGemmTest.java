package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BlockGemmTest {

  private final BlockGemm gemm = new BlockGemm();

  @Test
  void nonSquareProductEqualsTheTripleLoop() {
    int m = 37;
    int k = 23;
    int n = 41;
    double[] a = new SeededBlockGenerator(1).block(new MatrixLayout(m, k, m, k), 0, 0).values();
    double[] b = new SeededBlockGenerator(2).block(new MatrixLayout(k, n, k, n), 0, 0).values();
    double[] c = new double[m * n];
    gemm.multiplyAdd(m, n, k, a, b, c);
    assertTrue(ReferenceProduct.relativeFrobenius(c, ReferenceProduct.multiply(m, n, k, a, b)) < 1e-14);
  }

  @Test
  void accumulatesIntoC() {
    MatrixBlock a = new MatrixBlock(0, 0, 2, 3, new double[] {1, 2, 3, 4, 5, 6});
    MatrixBlock b = new MatrixBlock(0, 0, 3, 2, new double[] {7, 8, 9, 10, 11, 12});
    double[] c = {1, 1, 1, 1};
    gemm.multiplyAdd(a, b, c);
    // [1 2 3; 4 5 6]·[7 8; 9 10; 11 12] = [58 64; 139 154], plus the ones already there.
    assertArrayEquals(new double[] {59, 65, 140, 155}, c, 0.0);
    gemm.multiplyAdd(a, b, c);
    assertArrayEquals(new double[] {117, 129, 279, 309}, c, 0.0);
  }

  @Test
  void vectorShapedOperandsWork() {
    double[] a = {1, 2, 3};
    double[] b = {4, 5, 6};
    double[] dot = new double[1];
    gemm.multiplyAdd(1, 1, 3, a, b, dot);
    assertEquals(32, dot[0], 0.0);
    double[] outer = new double[9];
    gemm.multiplyAdd(3, 3, 1, a, b, outer);
    assertArrayEquals(new double[] {4, 5, 6, 8, 10, 12, 12, 15, 18}, outer, 0.0);
  }

  @Test
  void rejectsMismatchedShapes() {
    MatrixBlock a = new MatrixBlock(0, 0, 2, 3, new double[6]);
    MatrixBlock b = new MatrixBlock(0, 1, 2, 2, new double[4]);
    IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
        () -> gemm.multiplyAdd(a, b, new double[4]));
    assertTrue(inner.getMessage().contains("inner dimensions differ"), inner.getMessage());
    IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
        () -> gemm.multiplyAdd(2, 2, 3, new double[6], new double[6], new double[5]));
    assertTrue(output.getMessage().contains("C should hold 2 x 2 = 4 values, got 5"), output.getMessage());
  }

  @Test
  void usesNativeBlasWhenTheSystemHasOne() {
    // Debian's libopenblas0 (or any BLAS package) provides libblas.so.3 through the alternatives system.
    Path libblas = Path.of("/usr/lib/" + System.getProperty("os.arch").replace("amd64", "x86_64") + "-linux-gnu",
        "libblas.so.3");
    assumeTrue(Files.exists(libblas), "no system BLAS at " + libblas + " (install libopenblas0, as .ci/run does)");
    assertEquals("dev.ludovic.netlib.blas.JNIBLAS", BlockGemm.implementation());
    assertTrue(BlockGemm.isNative());
  }
}
