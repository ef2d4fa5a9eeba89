package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypicalPriceFeaturesTest {

  private static final LocalDateTime START = LocalDateTime.of(2021, 3, 5, 15, 20); // a Friday, near the close

  /** Bar i has high 100 + i + 0.3, low 100 + i - 0.3, close 100 + i + 0.6: TYPPRICE 100 + i + 0.2. */
  private static List<MinuteBar> bars(int n) {
    List<MinuteBar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double base = 100 + i;
      bars.add(new MinuteBar("TCS", START.plusMinutes(i), base, base + 0.3, base - 0.3, base + 0.6, 1000));
    }
    Collections.reverse(bars); // any input order
    return bars;
  }

  @Test
  void rowsHaveTheirOwnAndTenLaggedTypicalPricesAndTheNextAsTarget() {
    int n = 40;
    BarSeries series = BarSeries.of("TCS", bars(n));
    PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(series, 3);

    assertEquals(n - FeatureLayout.LAGS - 1, prepared.usableRows());
    assertEquals(n, prepared.bars());
    int seen = 0;
    for (FeatureMatrix m : new FeatureMatrix[] {prepared.train(), prepared.validation(), prepared.test()}) {
      assertEquals(11, m.featureCount());
      assertEquals("typprice_lag10", m.featureNames().get(10));
      double previous = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < m.rows(); r++) {
        double own = m.value(r, 0);
        int i = (int) Math.round(own - 100.2); // the bar index of this row
        assertEquals(100 + i + 0.2, own, 1e-9);
        for (int lag = 1; lag <= 10; lag++) {
          assertEquals(own - lag, m.value(r, lag), 1e-9);
        }
        assertEquals(own + 1, m.target(r), 1e-9);
        assertEquals(DatasetSplit.of("TCS", START.plusMinutes(i), 3).ordinal(), splitOf(prepared, m).ordinal());
        assertTrue(own > previous, "rows stay in timestamp order");
        previous = own;
        seen++;
      }
    }
    assertEquals(n - 11, seen);
  }

  @Test
  void returnTargetHasLaggedLogReturnsAndTheNextLogReturn() {
    int n = 40;
    BarSeries series = BarSeries.of("TCS", bars(n));
    FeatureLayout layout = new FeatureLayout(false, ForecastTarget.RETURN);
    PreparedSymbol prepared = new TypicalPriceFeatures(layout).prepare(series, 3);

    assertEquals(ForecastTarget.RETURN, prepared.target());
    assertEquals(n - FeatureLayout.LAGS - 2, prepared.usableRows(), "one more bar is needed for the first return");
    assertEquals("log_return_lag10", prepared.train().featureNames().get(10));
    FeatureMatrix test = prepared.test();
    for (int r = 0; r < test.rows(); r++) {
      double current = prepared.testPrices().current(r);
      int i = (int) Math.round(current - 100.2);
      for (int lag = 0; lag <= 10; lag++) {
        assertEquals(Math.log((100.2 + i - lag) / (99.2 + i - lag)), test.value(r, lag), 1e-15);
      }
      assertEquals(Math.log((101.2 + i) / (100.2 + i)), test.target(r), 1e-15);
      assertEquals(101.2 + i, prepared.testPrices().next(r), 1e-12);
      assertEquals(prepared.testPrices().next(r), ForecastTarget.RETURN.toPrice(test.target(r), current), 1e-12);
    }
  }

  @Test
  void calendarFeaturesFollowThePrices() {
    BarSeries series = BarSeries.of("TCS", bars(30));
    FeatureLayout layout = new FeatureLayout(true);
    double[] row = new double[layout.featureCount()];
    layout.features(series, 12, row); // 2021-03-05T15:32, a Friday
    assertEquals(List.of("month", "day_of_month", "hour", "minute", "day_of_week"), layout.names().subList(11, 16));
    assertEquals(3, row[11], 0.0);
    assertEquals(5, row[12], 0.0);
    assertEquals(15, row[13], 0.0);
    assertEquals(32, row[14], 0.0);
    assertEquals(4, row[15], 0.0);
  }

  @Test
  void tooFewBarsGiveEmptyMatrices() {
    PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(BarSeries.of("TCS", bars(11)), 1);
    assertEquals(0, prepared.usableRows());
  }

  @Test
  void duplicateTimestampsAreRejectedByName() {
    List<MinuteBar> bars = bars(15);
    bars.add(bars.get(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BarSeries.of("TCS", bars));
    assertEquals("TCS has two bars at 2021-03-05T15:31", e.getMessage());
  }

  @Test
  void barsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new MinuteBar("X", START, 10, 9, 11, 10, 5)); // high < low
    assertThrows(IllegalArgumentException.class, () -> new MinuteBar("X", START, Double.NaN, 11, 9, 10, 5));
    assertThrows(IllegalArgumentException.class, () -> new MinuteBar("X", START, 10, 11, 9, 10, -1));
  }

  private static DatasetSplit splitOf(PreparedSymbol prepared, FeatureMatrix m) {
    return m == prepared.train() ? DatasetSplit.TRAIN : m == prepared.validation() ? DatasetSplit.VALIDATION : DatasetSplit.TEST;
  }
}
