package io.quantbeam.models.merton;

/** Calendar months of epoch days in the proleptic Gregorian calendar, without allocating. */
final class CalendarMonth {

  private static final long DAYS_0000_03_01_TO_EPOCH = 719_468;
  private static final long DAYS_PER_400_YEARS = 146_097;

  private CalendarMonth() {}

  /**
   * A number that identifies the month containing the day and increases by one per month:
   * year·12 + (month − 1). Counts years from 1 March, the year's end then holding the leap day.
   */
  static long index(long epochDay) {
    long marchBased = epochDay + DAYS_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(marchBased, DAYS_PER_400_YEARS);
    long dayOfEra = marchBased - era * DAYS_PER_400_YEARS;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    // Months from March: 0..9 are March..December of the year, 10 and 11 January and February of the next.
    return (era * 400 + yearOfEra) * 12 + 2 + monthFromMarch;
  }
}
