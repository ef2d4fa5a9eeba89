package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MinuteBarGeneratorTest {

  private final MinuteBarGenerator generator = new MinuteBarGenerator(LocalDate.of(2022, 1, 1), 30, 0.05, 7); // a Saturday

  @Test
  void sessionsRunFrom0915To1530OnBusinessDays() {
    BarSeries bars = generator.generate("SBIN");
    assertEquals(30 * 375, bars.size());
    assertEquals(LocalDateTime.of(2022, 1, 3, 9, 15), bars.timestamp(0)); // the first Monday
    assertEquals(LocalDateTime.of(2022, 1, 3, 15, 29), bars.timestamp(374));
    for (int i = 0; i < bars.size(); i++) {
      LocalDateTime t = bars.timestamp(i);
      assertTrue(t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY, t.toString());
      assertTrue(!t.toLocalTime().isBefore(LocalTime.of(9, 15)) && t.toLocalTime().isBefore(LocalTime.of(15, 30)), t.toString());
    }
  }

  @Test
  void barsAreConsistentAndOnTheTick() {
    BarSeries bars = generator.generate("SBIN");
    for (int i = 0; i < bars.size(); i++) {
      double high = bars.high(i);
      double low = bars.low(i);
      assertTrue(high >= Math.max(bars.open(i), bars.close(i)) && low <= Math.min(bars.open(i), bars.close(i)), "bar " + i);
      for (double p : new double[] {bars.open(i), high, low, bars.close(i)}) {
        assertEquals(Math.rint(p * 20), p * 20, 1e-6, "price " + p + " on the 0.05 tick");
      }
      assertTrue(bars.volume(i) >= 0 && bars.volume(i) == Math.rint(bars.volume(i)));
    }
  }

  @Test
  void volatilityAndVolumeAreHigherAtTheOpenThanAtMidday() {
    BarSeries bars = new MinuteBarGenerator(LocalDate.of(2022, 1, 3), 120, 0.01, 8).generate("ITC");
    double[] absReturn = new double[2];
    double[] volume = new double[2];
    for (int i = 1; i < bars.size(); i++) {
      int minute = (i % 375);
      int bucket = minute >= 1 && minute <= 15 ? 0 : minute >= 180 && minute < 195 ? 1 : -1;
      if (bucket >= 0) {
        absReturn[bucket] += Math.abs(Math.log(bars.close(i) / bars.close(i - 1)));
        volume[bucket] += bars.volume(i);
      }
    }
    assertTrue(absReturn[0] > 1.5 * absReturn[1], "open " + absReturn[0] + " vs midday " + absReturn[1]);
    assertTrue(volume[0] > 1.5 * volume[1], "open " + volume[0] + " vs midday " + volume[1]);
  }

  @Test
  void dailyVolatilityIsRealistic() {
    BarSeries bars = new MinuteBarGenerator(LocalDate.of(2022, 1, 3), 250, 0.01, 9).generate("LT");
    double sum = 0;
    double sumSq = 0;
    int days = 0;
    for (int close = 374 + 375; close < bars.size(); close += 375, days++) {
      double r = Math.log(bars.close(close) / bars.close(close - 375));
      sum += r;
      sumSq += r * r;
    }
    double annualised = Math.sqrt((sumSq - sum * sum / days) / (days - 1) * 252);
    assertTrue(annualised > 0.10 && annualised < 0.55, "annualised volatility " + annualised);
  }

  @Test
  void outputDependsOnlyOnSeedAndSymbol() {
    assertEquals(generator.generate("SBIN"), generator.generate("SBIN"));
    assertNotEquals(generator.generate("SBIN"), generator.generate("SBIN2"));
    assertNotEquals(generator.generate("SBIN"), new MinuteBarGenerator(LocalDate.of(2022, 1, 1), 30, 0.05, 8).generate("SBIN"));
  }
}
