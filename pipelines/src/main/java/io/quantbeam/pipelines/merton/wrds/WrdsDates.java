package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.rows.IsoDates;

/** Dates as WRDS exports write them: ISO (2015-01-02) or SAS's YYYYMMDD (20150102). */
public final class WrdsDates {

  private WrdsDates() {}

  /** Days since 1970-01-01. @throws IllegalArgumentException if the field is neither form */
  public static long epochDay(InputRow row, int column) {
    String text = row.text(column).trim();
    if (text.length() == 8 && text.chars().allMatch(Character::isDigit)) {
      return IsoDates.toEpochDay(text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6));
    }
    if (text.length() == 10) {
      return IsoDates.toEpochDay(text);
    }
    return row.epochDay(column); // Parquet DATE columns, or an error naming the text
  }
}
