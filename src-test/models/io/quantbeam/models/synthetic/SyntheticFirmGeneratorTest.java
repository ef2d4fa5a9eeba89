package io.quantbeam.models.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.merton.FirmHistory;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticFirmGeneratorTest {

  private static final LocalDate START = LocalDate.of(2015, 1, 2);

  /** Sums of firms 0, 7 and 123 (seed 42, 1,008 days) written by the generator before panels existed. */
  @Test
  void defaultFirmsAreTheSameAsBeforePanels() {
    SyntheticFirmGenerator generator = new SyntheticFirmGenerator(42, START, 1008);
    assertFirm(generator.firm(0), "0x1.a57db35d1eb71p22", "0x1.d740cfd484f18p19");
    assertFirm(generator.firm(7), "0x1.a60c0026082e2p20", "0x1.1086ae6d47c36p21");
    assertFirm(generator.firm(123), "0x1.7c2c343335354p16", "0x1.22a9f3f9c8a9dp17");
  }

  private static void assertFirm(FirmHistory firm, String equitySum, String debtSum) {
    assertEquals(1008, firm.size());
    assertEquals(17848, firm.epochDays()[1007]);
    assertEquals(Double.parseDouble("0x1.570dbab1d7791p-6"), firm.riskFreeRate()[1007]);
    assertEquals(Double.parseDouble(equitySum), plainSum(firm.equityValue()));
    assertEquals(Double.parseDouble(debtSum), plainSum(firm.faceValueDebt()));
  }

  /** Left-to-right sum, as the reference values were taken (a stream's sum is compensated). */
  private static double plainSum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }

  /** 24,000 firms over 30 years: about 61 million firm-days, spells from a quarter to the whole calendar. */
  @Test
  void panelOfTheStudysSizeHasAboutSixtyOneMillionFirmDays() {
    int calendar = 30 * 252;
    SyntheticFirmGenerator panel = new SyntheticFirmGenerator(42, START, calendar).withStaggeredListings();
    long firmDays = 0;
    int shortest = Integer.MAX_VALUE;
    int full = 0;
    int underAYear = 0;
    for (int i = 0; i < 24_000; i++) {
      int[] spell = panel.listingSpell(i);
      int length = spell[1] - spell[0];
      assertTrue(spell[0] >= 0 && spell[1] <= calendar && length >= 63, () -> Arrays.toString(spell));
      firmDays += length;
      shortest = Math.min(shortest, length);
      full += length == calendar ? 1 : 0;
      underAYear += length <= 252 ? 1 : 0;
    }
    assertEquals(61e6, firmDays, 0.02 * 61e6, "firm-days " + firmDays);
    assertTrue(shortest < 70, "shortest spell " + shortest);
    assertTrue(full > 24_000 * 0.04 && full < 24_000 * 0.08, "full-calendar firms " + full);
    assertTrue(underAYear > 24_000 * 0.05, "firms listed a year or less " + underAYear);
  }

  @Test
  void panelFirmsLieOnTheSharedCalendarAndDependOnlyOnSeedAndIndex() {
    SyntheticFirmGenerator calendar = new SyntheticFirmGenerator(9, START, 2000);
    SyntheticFirmGenerator panel = calendar.withStaggeredListings();
    long[] days = calendar.epochDays();
    double[] rates = calendar.riskFreeRates();
    boolean someStartLate = false;
    for (int i = 0; i < 50; i++) {
      FirmHistory firm = panel.firm(i);
      int[] spell = panel.listingSpell(i);
      assertEquals(spell[1] - spell[0], firm.size());
      assertArrayEquals(Arrays.copyOfRange(days, spell[0], spell[1]), firm.epochDays());
      assertArrayEquals(Arrays.copyOfRange(rates, spell[0], spell[1]), firm.riskFreeRate());
      someStartLate |= spell[0] > 0;
      FirmHistory again = new SyntheticFirmGenerator(9, START, 2000).withStaggeredListings().firm(i);
      assertArrayEquals(firm.equityValue(), again.equityValue());
      assertArrayEquals(firm.faceValueDebt(), again.faceValueDebt());
    }
    assertTrue(someStartLate);
  }
}
