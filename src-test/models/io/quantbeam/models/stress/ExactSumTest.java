package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  private static List<Double> wideRangeValues(int n, long seed) {
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double magnitude = Math.pow(10, random.nextInt(40) - 20);
      values.add((random.nextDouble() - 0.5) * magnitude);
    }
    values.add(1e300);
    values.add(-1e300);
    values.add(Double.MIN_VALUE);
    values.add(-Double.MAX_VALUE / 4);
    values.add(Double.MAX_VALUE / 4);
    return values;
  }

  @Test
  void equalsTheBigDecimalSumInAnyOrder() {
    List<Double> values = wideRangeValues(20_000, 3);
    BigDecimal expected = BigDecimal.ZERO;
    for (double v : values) {
      expected = expected.add(new BigDecimal(v));
    }
    ExactSum sum = new ExactSum();
    values.forEach(sum::add);
    assertEquals(0, expected.compareTo(sum.value()));
    Collections.shuffle(values, new Random(11));
    ExactSum left = new ExactSum();
    ExactSum right = new ExactSum();
    for (int i = 0; i < values.size(); i++) {
      (i % 3 == 0 ? left : right).add(values.get(i));
    }
    left.add(right);
    assertEquals(sum, left);
    assertEquals(expected.doubleValue(), left.doubleValue(), 0.0);
  }

  @Test
  void sumsSquaresExactly() {
    Random random = new Random(5);
    BigDecimal expected = BigDecimal.ZERO;
    ExactSum squares = new ExactSum();
    for (int i = 0; i < 5000; i++) {
      double x = random.nextGaussian() * 1e6 + 3e7;
      expected = expected.add(new BigDecimal(x).multiply(new BigDecimal(x)));
      squares.addSquare(x);
    }
    assertEquals(0, expected.compareTo(squares.value()));
  }

  @Test
  void cancellationLeavesTheExactRemainder() {
    ExactSum sum = new ExactSum();
    sum.add(1e20);
    sum.add(3.5);
    sum.add(-1e20);
    assertEquals(3.5, sum.doubleValue(), 0.0);
    assertEquals(1.75, sum.divide(2), 0.0);
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThrows(IllegalArgumentException.class, () -> new ExactSum().add(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new ExactSum().add(Double.POSITIVE_INFINITY));
  }

  @Test
  void serialisesCompactlyAndExactlyForEitherSign() throws Exception {
    for (double sign : new double[] {1, -1}) {
      ExactSum sum = new ExactSum();
      for (double x : wideRangeValues(500, 8)) {
        sum.add(x);
      }
      sum.add(sign * 12345.678);
      ExactSum small = new ExactSum();
      small.add(sign * 1234.5);
      small.add(sign * 0.25);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(sum);
        out.writeObject(small);
      }
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        ExactSum back = (ExactSum) in.readObject();
        assertEquals(sum.value(), back.value());
        ExactSum smallBack = (ExactSum) in.readObject();
        assertEquals(small.value(), smallBack.value());
        smallBack.add(-sign * 0.25);
        assertEquals(sign * 1234.5, smallBack.doubleValue(), 0.0);
      }
      java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(one)) {
        out.writeObject(small);
      }
      assertEquals(true, one.size() < 400, "a sum of similar amounts serialises in a few digits: " + one.size());
    }
  }
}
