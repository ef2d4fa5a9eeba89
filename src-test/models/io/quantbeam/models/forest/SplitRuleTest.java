package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SplitRuleTest {

  private final BarSeries series = new MinuteBarGenerator(LocalDate.of(2024, 3, 4), 2, 0.05, 7).generate("INFY");

  @Test
  void hashSplitIsTheSpecsRowByRowHash() {
    DatasetSplit[] parts = SplitRule.hash().assign(series, 10, 500, 42);
    for (int i = 0; i < parts.length; i++) {
      assertEquals(DatasetSplit.of("INFY", series.timestamp(10 + i), 42), parts[i]);
    }
  }

  @Test
  void timeSplitIsChronological64_16_20() {
    DatasetSplit[] parts = SplitRule.time(0).assign(series, 10, 700, 42);
    // floor(0.64 × 700) = 448 train rows, floor(0.80 × 700) = 560: 112 validation rows, then 140 test rows.
    for (int i = 0; i < 700; i++) {
      DatasetSplit expected = i < 448 ? DatasetSplit.TRAIN : i < 560 ? DatasetSplit.VALIDATION : DatasetSplit.TEST;
      assertEquals(expected, parts[i], "row " + i);
    }
  }

  @Test
  void embargoDropsTheFirstMinutesOfEachLaterPart() {
    DatasetSplit[] parts = SplitRule.time(5).assign(series, 10, 700, 42);
    // Bars are one minute apart within a session (375 a day): rows 448..452 lie within 5 minutes of row 447.
    assertEquals(DatasetSplit.TRAIN, parts[447]);
    for (int i = 448; i < 453; i++) {
      assertNull(parts[i], "row " + i + " is embargoed");
    }
    assertEquals(DatasetSplit.VALIDATION, parts[453]);
    for (int i = 560; i < 565; i++) {
      assertNull(parts[i], "row " + i + " is embargoed");
    }
    assertEquals(DatasetSplit.TEST, parts[565]);
  }

  @Test
  void preparedTimeSplitKeepsEveryTestRowAfterEveryTrainingRow() {
    PreparedSymbol p = new TypicalPriceFeatures(FeatureLayout.pricesOnly(), SplitRule.time(3)).prepare(series, 42);
    int usable = series.size() - FeatureLayout.LAGS - 1;
    assertEquals((int) Math.floor(usable * 0.64), p.train().rows());
    assertEquals(usable - 6, p.usableRows(), "two embargoes of 3 rows each");
    double lastTrainPrice = p.train().value(p.train().rows() - 1, 0);
    double firstValidationLag = p.validation().value(0, 4);
    assertEquals(lastTrainPrice, firstValidationLag, 0.0, "the first validation row is 4 minutes after the last training row");
  }

  @Test
  void embargoNeedsTheTimeSplit() {
    assertThrows(IllegalArgumentException.class, () -> new SplitRule(SplitRule.Method.HASH, 5));
    assertThrows(IllegalArgumentException.class, () -> SplitRule.time(-1));
    assertEquals(SplitRule.Method.TIME, SplitRule.parseMethod("Time"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SplitRule.parseMethod("random")).getMessage()
        .contains("hash or time"));
  }
}
