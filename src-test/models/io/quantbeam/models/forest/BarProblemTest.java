package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The bar plausibility rules, each with its reason code. */
class BarProblemTest {

  @Test
  void aConsistentBarHasNoProblem() {
    assertNull(BarProblem.of(10.0, 10.5, 9.5, 10.2, 100));
    assertNull(BarProblem.of(10.0, 10.0, 10.0, 10.0, 0)); // a flat minute: all four equal
  }

  @Test
  void openOrCloseOutsideTheRangeIsRejected() {
    assertEquals(BarProblem.OPEN_OUTSIDE_RANGE, BarProblem.of(11.0, 10.5, 9.5, 10.2, 100));
    assertEquals(BarProblem.OPEN_OUTSIDE_RANGE, BarProblem.of(9.0, 10.5, 9.5, 10.2, 100));
    assertEquals(BarProblem.CLOSE_OUTSIDE_RANGE, BarProblem.of(10.0, 10.5, 9.5, 10.6, 100));
    assertEquals(BarProblem.CLOSE_OUTSIDE_RANGE, BarProblem.of(10.0, 10.5, 9.5, 9.4, 100));
    assertEquals("close_outside_range", BarProblem.CLOSE_OUTSIDE_RANGE.code());
    assertEquals("close 9.4 is outside [low, high] = [9.5, 10.5]",
        BarProblem.CLOSE_OUTSIDE_RANGE.describe(10.0, 10.5, 9.5, 9.4, 100));
  }

  @Test
  void highBelowLowIsToldBeforeTheRange() {
    assertEquals(BarProblem.HIGH_BELOW_LOW, BarProblem.of(10.0, 9.0, 11.0, 10.0, 100));
  }

  @Test
  void everyNonFiniteValueIsOneReasonWhateverItsSpelling() {
    assertEquals(BarProblem.NON_FINITE_HIGH, BarProblem.of(10.0, Double.POSITIVE_INFINITY, 9.5, 10.2, 100));
    assertEquals(BarProblem.NON_FINITE_HIGH, BarProblem.of(10.0, Double.NaN, 9.5, 10.2, 100));
  }
}
