package io.quantbeam.models.forest;

import java.util.Locale;

/**
 * What a forest learns to predict for the next minute. Whatever it learns, its forecasts are
 * turned into a next TYPPRICE ({@link #toPrice}) so that every error is on the price scale and
 * comparable with the persistence forecast.
 */
public enum ForecastTarget {
  /** The next TYPPRICE itself, from TYPPRICE levels (the spec's target). */
  PRICE,
  /** The next log return ln(P[t+1] / P[t]) of TYPPRICE, from lagged log returns. */
  RETURN;

  /** The next TYPPRICE implied by {@code prediction} when the current TYPPRICE is {@code current}. */
  public double toPrice(double prediction, double current) {
    return this == PRICE ? prediction : current * Math.exp(prediction);
  }

  /** Lower-case name, as options and outputs write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code price} or {@code return} (any case). */
  public static ForecastTarget parse(String text) {
    for (ForecastTarget t : values()) {
      if (t.label().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("expected price or return, got '" + text + "'");
  }
}
