package io.quantbeam.models.stress;

/** Values a {@link CashPosition}: its amount, in its currency. */
public final class CashPricer {

  private CashPricer() {}

  public static double value(CashPosition cash, MarketState market) {
    return cash.amount();
  }
}
