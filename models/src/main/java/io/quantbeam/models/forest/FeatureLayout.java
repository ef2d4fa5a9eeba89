package io.quantbeam.models.forest;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's features of row i of a symbol's bars: TYPPRICE of row i and of each of the
 * {@value #LAGS} rows before it (lags run across session boundaries, like a plain shift of the
 * series), optionally followed by calendar features of row i's timestamp: month (1–12), day of
 * month, hour, minute and day of week (Monday = 0). The target is TYPPRICE of row i + 1.
 *
 * @param calendar whether the five calendar features follow the price features
 */
public record FeatureLayout(boolean calendar) implements Serializable {

  /** Lagged TYPPRICE values per row, besides the row's own. */
  public static final int LAGS = 10;

  /** The study's 11 price features. */
  public static FeatureLayout pricesOnly() {
    return new FeatureLayout(false);
  }

  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add("typprice");
    for (int lag = 1; lag <= LAGS; lag++) {
      names.add("typprice_lag" + lag);
    }
    if (calendar) {
      names.addAll(List.of("month", "day_of_month", "hour", "minute", "day_of_week"));
    }
    return names;
  }

  public int featureCount() {
    return LAGS + 1 + (calendar ? 5 : 0);
  }

  /** Writes row {@code index}'s features into {@code into}; the row must have all its lags. */
  public void features(BarSeries series, int index, double[] into) {
    for (int lag = 0; lag <= LAGS; lag++) {
      into[lag] = series.typicalPrice(index - lag);
    }
    if (calendar) {
      LocalDateTime t = series.timestamp(index);
      into[LAGS + 1] = t.getMonthValue();
      into[LAGS + 2] = t.getDayOfMonth();
      into[LAGS + 3] = t.getHour();
      into[LAGS + 4] = t.getMinute();
      into[LAGS + 5] = t.getDayOfWeek().getValue() - 1;
    }
  }
}
