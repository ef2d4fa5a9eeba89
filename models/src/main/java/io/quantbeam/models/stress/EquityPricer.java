package io.quantbeam.models.stress;

/** Values an {@link EquityPosition}: quantity·spot·(1 + beta·x), in the position's currency. */
public final class EquityPricer {

  private EquityPricer() {}

  public static double value(EquityPosition position, MarketState market) {
    return value(position.quantity() * position.spot(), position.beta(), market.equityReturn(position.equity()));
  }

  /** {@code exposure}·(1 + beta·indexReturn), where exposure = quantity·spot. */
  public static double value(double exposure, double beta, double indexReturn) {
    return exposure * (1 + beta * indexReturn);
  }
}
