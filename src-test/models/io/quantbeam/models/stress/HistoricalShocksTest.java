package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shock conventions of historical simulation against hand-computed values. */
class HistoricalShocksTest {

  private static final ScenarioLayout LAYOUT = new ScenarioLayout(
      List.of("EQUITY_SPX", "FX_EUR", "RATE_USD_10Y", "SPREAD_BBB", "VOL_SPX"));
  private static final LocalDate[] DATES = {LocalDate.of(2008, 9, 12), LocalDate.of(2008, 9, 15),
      LocalDate.of(2008, 9, 16), LocalDate.of(2008, 9, 17)};
  // columns in layout order (factor ids sorted): EQUITY_SPX, FX_EUR, RATE_USD_10Y, SPREAD_BBB, VOL_SPX
  private static final double[][] LEVELS = {
      {1250.0, 1.42, 0.0372, 0.0310, 0.25},
      {1200.0, 1.4375, 0.0347, 0.0350, 0.31},
      {1225.0, 1.42, 0.0341, 0.0365, 0.30},
      {1150.0, 1.42, 0.0339, 0.0420, 0.36}};

  @Test
  void oneDayShocksAreRelativeForEquityAndFxAndAdditiveForRatesSpreadsAndVols() {
    ShockBlock block = HistoricalShocks.of(DATES, LEVELS, LAYOUT, 1, null, null);
    assertArrayEquals(new long[] {20080915, 20080916, 20080917}, block.scenarioIds());
    double[][] s = block.shocks();
    assertEquals(-0.04, s[0][0], 1e-15);            // 1200 / 1250 − 1
    assertEquals(0.0175 / 1.42, s[1][0], 1e-15);    // 1.4375 / 1.42 − 1
    assertEquals(-0.0025, s[2][0], 1e-15);          // 0.0347 − 0.0372: −25 bp
    assertEquals(0.0040, s[3][0], 1e-15);           // +40 bp
    assertEquals(0.06, s[4][0], 1e-15);             // vol +6 points
    assertEquals(1225.0 / 1200.0 - 1, s[0][1], 1e-15);
    assertEquals(1150.0 / 1225.0 - 1, s[0][2], 1e-15);
    // Applied to today's market (SPX 5000, BBB 1.45 %): today's level moves as history did.
    assertEquals(4800.0, FactorKind.EQUITY.apply(5000.0, s[0][0]), 1e-9);
    assertEquals(0.0185, FactorKind.SPREAD.apply(0.0145, s[3][0]), 1e-15);
  }

  @Test
  void tenDayStyleHorizonsOverlapAndTheWindowSelectsEndDates() {
    ShockBlock block = HistoricalShocks.of(DATES, LEVELS, LAYOUT, 2, LocalDate.of(2008, 9, 17), null);
    assertArrayEquals(new long[] {20080917}, block.scenarioIds());
    assertEquals(1150.0 / 1200.0 - 1, block.shocks()[0][0], 1e-15);  // from 09-15 to 09-17
    assertEquals(0.0339 - 0.0347, block.shocks()[2][0], 1e-15);
    assertEquals(0.05, block.shocks()[4][0], 1e-15);
    ShockBlock both = HistoricalShocks.of(DATES, LEVELS, LAYOUT, 2, null, LocalDate.of(2008, 9, 17));
    assertArrayEquals(new long[] {20080916, 20080917}, both.scenarioIds());
    assertEquals(1225.0 / 1250.0 - 1, both.shocks()[0][0], 1e-15);
  }

  @Test
  void scenarioIdsAreEndDatesAsYyyymmdd() {
    assertEquals(20081010, HistoricalShocks.scenarioId(LocalDate.of(2008, 10, 10)));
    assertEquals(LocalDate.of(2020, 3, 16), HistoricalShocks.dateOf(20200316));
  }
}
