package io.quantbeam.models.forest;

/** TYPPRICE = (high + low + close) / 3, in price units. */
public final class TypicalPrice {

  private TypicalPrice() {}

  public static double of(double high, double low, double close) {
    return (high + low + close) / 3.0;
  }
}
