package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.BarSeries;
import java.time.format.DateTimeFormatter;

/** Bar timestamps as outputs write them; {@link io.quantbeam.transforms.rows.LocalTimestamps} reads them. */
public final class Timestamps {

  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Timestamps() {}

  /** {@code yyyy-MM-ddTHH:mm:ss}, the form outputs use. */
  public static String format(long localSeconds) {
    return TEXT.format(BarSeries.fromLocalSeconds(localSeconds));
  }
}
