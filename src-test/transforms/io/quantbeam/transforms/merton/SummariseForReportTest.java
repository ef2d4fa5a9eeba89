package io.quantbeam.transforms.merton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.transforms.testing.TestPipelines;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;

class SummariseForReportTest {

  private static final double[] HORIZONS = {1, 2};

  /** A firm with one row per day and horizon; horizon 1 carries {@code dd1}, horizon 2 a PD of 2 × pd1. */
  private static MertonResult firm(String id, LocalDate[] days, double[] dd1, double pd1Last) {
    int n = days.length * 2;
    long[] day = new long[n];
    double[] horizon = new double[n];
    double[] dd = new double[n];
    double[] pd = new double[n];
    for (int t = 0; t < days.length; t++) {
      for (int h = 0; h < 2; h++) {
        int i = 2 * t + h;
        day[i] = days[t].toEpochDay();
        horizon[i] = HORIZONS[h];
        dd[i] = h == 0 ? dd1[t] : 99; // the second horizon must not enter the DD quartiles
        pd[i] = (h + 1) * pd1Last;
      }
    }
    return new MertonResult(id, MertonMethod.TRAILING_WINDOW, day, horizon, new double[n], new double[n], dd, pd,
        new int[n], new boolean[n], 0, false);
  }

  @Test
  void quartilesUseEachFirmsLastValueOfTheMonthAndTheRiskiestFirmsComeFirst() throws Throwable {
    LocalDate[] days = {LocalDate.of(2020, 1, 30), LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 3)};
    List<MertonResult> firms = List.of(
        firm("A", days, new double[] {9, 1, 5}, 0.01),
        firm("B", days, new double[] {9, 2, Double.NaN}, 0.30), // unlevered in February: left out
        firm("C", days, new double[] {9, 3, 7}, 0.30),
        firm("D", days, new double[] {9, 4, 6}, 0.05));
    TestPipelines.run(getClass(), "stats", p -> {
      PAssert.thatSingleton(p.apply(Create.of(firms).withCoder(MertonResultCoder.of()))
              .apply(new SummariseForReport(HORIZONS)))
          .satisfies(stats -> {
            assertArrayEquals(new int[] {202001, 202002}, stats.months());
            assertArrayEquals(new int[] {4, 3}, stats.firmsPerMonth());
            // January: 1, 2, 3, 4 → 1.75, 2.5, 3.25; February: 5, 6, 7 → 5.5, 6, 6.5 (linear interpolation)
            assertArrayEquals(new double[] {1.75, 5.5}, stats.lowerQuartile(), 1e-15);
            assertArrayEquals(new double[] {2.5, 6}, stats.median(), 1e-15);
            assertArrayEquals(new double[] {3.25, 6.5}, stats.upperQuartile(), 1e-15);
            assertEquals(List.of("B", "C", "D", "A"),
                stats.riskiest().stream().map(MertonReportStats.FirmTermStructure::firmId).toList());
            assertArrayEquals(new double[] {0.30, 0.60}, stats.riskiest().get(0).defaultProbability(), 1e-15);
            return null;
          });
      p.run();
    });
  }
}
