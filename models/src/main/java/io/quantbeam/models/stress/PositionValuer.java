package io.quantbeam.models.stress;

/** Values any position in one market state, in its own currency or converted to the base currency. */
public final class PositionValuer {

  private PositionValuer() {}

  /** The value in the position's currency, by the pricer of its type. */
  public static double value(Position position, MarketState market) {
    if (position instanceof EquityPosition equity) {
      return EquityPricer.value(equity, market);
    }
    if (position instanceof BondPosition bond) {
      return FixedCouponBondPricer.value(bond, market);
    }
    if (position instanceof OptionPosition option) {
      return EuropeanOptionPricer.value(option, market);
    }
    return CashPricer.value((CashPosition) position, market);
  }

  /** The value in the base currency: value·FX rate of its currency (1 for the base currency). */
  public static double valueInBase(Position position, MarketState market) {
    return value(position, market) * market.fxRate(position.currency());
  }
}
