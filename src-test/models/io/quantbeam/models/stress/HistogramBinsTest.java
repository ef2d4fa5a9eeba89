package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistogramBinsTest {

  @Test
  void equalWidthBinsFromMinToMaxWithMaxInTheLastBin() {
    HistogramBins bins = HistogramBins.between(-10, 10, 4);
    assertArrayEquals(new double[] {-10, -5, 0, 5, 10}, bins.edges(), 0.0);
    long[] counts = new long[4];
    bins.count(new double[] {-10, -5.0000001, -5, 0, 4.999, 5, 10}, counts);
    assertArrayEquals(new long[] {2, 1, 2, 2}, counts);
  }

  @Test
  void aSingleValueGivesOneBin() {
    HistogramBins bins = HistogramBins.between(3, 3, 40);
    assertEquals(1, bins.bins());
    assertEquals(0, bins.binOf(3));
  }

  @Test
  void valuesOutsideTheRangeAreClamped() {
    HistogramBins bins = HistogramBins.between(0, 1, 10);
    assertEquals(0, bins.binOf(-1));
    assertEquals(9, bins.binOf(2));
  }
}
