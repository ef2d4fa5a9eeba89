package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BlasThreadsTest {

  @Test
  void setsOpenBlasThreadsInThisProcessAndProductsStayExact() {
    assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libblas.so.3")) && BlockGemm.isNative(),
        "needs the system's libblas.so.3 (Debian's libopenblas0)");
    OptionalInt before = BlasThreads.current();
    assumeTrue(before.isPresent(), "libblas.so.3 is not OpenBLAS");
    try {
      assertTrue(BlasThreads.set(1));
      assertEquals(OptionalInt.of(1), BlasThreads.current());
      // A product large enough for OpenBLAS to split it over threads, if it had any: still exact.
      int n = 256;
      double[] a = new double[n * n];
      double[] b = new double[n * n];
      for (int e = 0; e < a.length; e++) {
        a[e] = e % 7 - 3;
        b[e] = e % 5 - 2;
      }
      double[] one = new double[n * n];
      new BlockGemm().multiplyAdd(n, n, n, a, b, one);
      assertTrue(BlasThreads.set(2));
      assertEquals(OptionalInt.of(2), BlasThreads.current());
      double[] two = new double[n * n];
      new BlockGemm().multiplyAdd(n, n, n, a, b, two);
      assertEquals(java.util.Arrays.toString(one), java.util.Arrays.toString(two), "integer-valued: exact either way");
    } finally {
      BlasThreads.set(before.getAsInt());
    }
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThrows(IllegalArgumentException.class, () -> BlasThreads.set(0));
    assertFalse(BlasThreads.current().isPresent() && BlasThreads.current().getAsInt() < 1);
  }
}
