package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededBlockGeneratorTest {

  private final MatrixLayout layout = new MatrixLayout(300, 200, 128, 64);

  @Test
  void valuesDependOnlyOnSeedAndCoordinates() {
    MatrixBlock once = new SeededBlockGenerator(7).block(layout, 2, 3);
    MatrixBlock again = new SeededBlockGenerator(7).block(layout, 2, 3);
    assertEquals(once, again);
    assertEquals(44, once.rows());
    assertEquals(8, once.cols());
    assertFalse(Arrays.equals(once.values(), new SeededBlockGenerator(8).block(layout, 2, 3).values()));
    assertFalse(Arrays.equals(new SeededBlockGenerator(7).block(layout, 0, 1).values(),
        new SeededBlockGenerator(7).block(layout, 1, 0).values()));
  }

  @Test
  void valuesAreUniformOnMinusOneToOne() {
    double[] values = new SeededBlockGenerator(11).block(layout, 0, 0).values();
    double sum = 0;
    double sumSquares = 0;
    for (double v : values) {
      assertTrue(v >= -1 && v < 1, "value " + v);
      sum += v;
      sumSquares += v * v;
    }
    int n = values.length;
    // Mean 0 and variance 1/3; with n = 8192 the standard errors are 0.0064 and 0.0033.
    assertEquals(0.0, sum / n, 0.03);
    assertEquals(1.0 / 3, sumSquares / n, 0.015);
  }

  @Test
  void valuesFollowTheDocumentedSplitMix64Construction() {
    // Block (i, j) of seed s: key = mix(mix(mix(s) + (i+1)γ) + (j+1)γ), value e = 2·u(mix(key + (e+1)γ)) − 1,
    // where mix is SplitMix64's finaliser. The JDK's SplittableRandom(seed).nextLong() is mix(seed + γ),
    // so it reproduces the construction independently of our code.
    long seed = 42;
    int i = 2;
    int j = 1;
    long keyOfRow = nth(mix(seed), i + 1);
    long keyOfBlock = nth(mix(keyOfRow), j + 1);
    double[] values = new SeededBlockGenerator(seed).block(layout, i, j).values();
    for (int e = 0; e < 5; e++) {
      double expected = 2.0 * ((nth(keyOfBlock, e + 1) >>> 11) * 0x1.0p-53) - 1.0;
      assertEquals(expected, values[e], 0.0, "value " + e);
    }
  }

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private static long mix(long z) {
    return new SplittableRandom(z - GOLDEN_GAMMA).nextLong();
  }

  private static long nth(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    long value = 0;
    for (int k = 0; k < n; k++) {
      value = random.nextLong();
    }
    return value;
  }
}
