package io.quantbeam.models.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarMonthTest {

  @Test
  void agreesWithJavaTimeFrom1600To2400() {
    for (long day = LocalDate.of(1600, 1, 1).toEpochDay(); day <= LocalDate.of(2400, 12, 31).toEpochDay(); day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      assertEquals(date.getYear() * 12L + date.getMonthValue() - 1, CalendarMonth.index(day), date::toString);
    }
  }

  @Test
  void monthlyEstimationDatesAreMonthEndsFromTheFirstFullWindow() {
    long[] days = {
        LocalDate.of(2020, 1, 30).toEpochDay(), LocalDate.of(2020, 1, 31).toEpochDay(),
        LocalDate.of(2020, 2, 28).toEpochDay(), LocalDate.of(2020, 3, 2).toEpochDay(),
        LocalDate.of(2020, 3, 3).toEpochDay(), LocalDate.of(2021, 3, 1).toEpochDay()};
    int[] out = new int[days.length];
    assertEquals(4, EstimationDates.select(days, Estimation.MONTHLY, 0, out));
    assertEquals(java.util.List.of(1, 2, 4, 5), java.util.Arrays.stream(out, 0, 4).boxed().toList());
    assertEquals(2, EstimationDates.select(days, Estimation.MONTHLY, 3, out));
    assertEquals(4, out[0]);
    assertEquals(3, EstimationDates.select(days, Estimation.DAILY, 3, out));
  }
}
