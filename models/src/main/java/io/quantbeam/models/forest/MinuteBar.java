package io.quantbeam.models.forest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One minute bar of one stock: exchange-local start time, prices in the stock's currency,
 * volume in shares. Valid on construction: prices finite and &gt; 0, low &lt;= high, volume
 * finite and &gt;= 0.
 */
public record MinuteBar(String symbol, LocalDateTime timestamp, double open, double high, double low, double close,
    double volume) {

  public MinuteBar {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(timestamp, "timestamp");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    BarProblem problem = BarProblem.of(open, high, low, close, volume);
    if (problem != null) {
      throw new IllegalArgumentException(symbol + " bar at " + timestamp + ": " + problem.describe(open, high, low, close, volume));
    }
  }

  /** (high + low + close) / 3, the spec's TYPPRICE. */
  public double typicalPrice() {
    return TypicalPrice.of(high, low, close);
  }
}
