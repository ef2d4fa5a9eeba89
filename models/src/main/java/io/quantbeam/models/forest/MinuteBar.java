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
    checkPrice("open", open);
    checkPrice("high", high);
    checkPrice("low", low);
    checkPrice("close", close);
    if (high < low) {
      throw new IllegalArgumentException("high " + high + " is below low " + low);
    }
    if (!Double.isFinite(volume) || volume < 0) {
      throw new IllegalArgumentException("volume must be finite and >= 0, got " + volume);
    }
  }

  private static void checkPrice(String name, double price) {
    if (!Double.isFinite(price) || price <= 0) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + price);
    }
  }

  /** (high + low + close) / 3, the spec's TYPPRICE. */
  public double typicalPrice() {
    return TypicalPrice.of(high, low, close);
  }
}
