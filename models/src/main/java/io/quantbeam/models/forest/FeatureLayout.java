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
 * <p>With the {@link ForecastTarget#RETURN} target the price features become log returns — row
 * i's ln(P[i] / P[i-1]) and the same for each of the {@value #LAGS} rows before it — and the
 * target is the next log return ln(P[i+1] / P[i]); a row then needs {@value #LAGS} + 1 earlier
 * bars.
 *
 * @param calendar whether the five calendar features follow the price features
 * @param target what the rows' target is, and so which price features they have
 */
public record FeatureLayout(boolean calendar, ForecastTarget target) implements Serializable {

  public FeatureLayout {
    java.util.Objects.requireNonNull(target, "target");
  }

  /** Price features (the spec's target), with or without calendar features. */
  public FeatureLayout(boolean calendar) {
    this(calendar, ForecastTarget.PRICE);
  }

  /** Lagged TYPPRICE values per row, besides the row's own. */
  public static final int LAGS = 10;

  /** The study's 11 price features. */
  public static FeatureLayout pricesOnly() {
    return new FeatureLayout(false);
  }

  public List<String> names() {
    List<String> names = new ArrayList<>();
    String base = target == ForecastTarget.PRICE ? "typprice" : "log_return";
    names.add(base);
    for (int lag = 1; lag <= LAGS; lag++) {
      names.add(base + "_lag" + lag);
    }
    if (calendar) {
      names.addAll(List.of("month", "day_of_month", "hour", "minute", "day_of_week"));
    }
    return names;
  }

  public int featureCount() {
    return LAGS + 1 + (calendar ? 5 : 0);
  }

  /** The first row index of a series that has all its lags. */
  public int firstRow() {
    return target == ForecastTarget.PRICE ? LAGS : LAGS + 1;
  }

  /** Row {@code index}'s target: the next TYPPRICE, or the next log return; the row must have a next one. */
  public double target(BarSeries series, int index) {
    double next = series.typicalPrice(index + 1);
    return target == ForecastTarget.PRICE ? next : Math.log(next / series.typicalPrice(index));
  }

  /** Writes row {@code index}'s features into {@code into}; the row must have all its lags ({@link #firstRow()}). */
  public void features(BarSeries series, int index, double[] into) {
    if (target == ForecastTarget.PRICE) {
      for (int lag = 0; lag <= LAGS; lag++) {
        into[lag] = series.typicalPrice(index - lag);
      }
    } else {
      for (int lag = 0; lag <= LAGS; lag++) {
        into[lag] = Math.log(series.typicalPrice(index - lag) / series.typicalPrice(index - lag - 1));
      }
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
