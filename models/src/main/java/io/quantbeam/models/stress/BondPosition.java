package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-coupon bullet bond: {@code notional} in its currency (negative for short), annual
 * {@code coupon} rate as a decimal (0.05 = 5 %) paid {@code frequency} times a year (1, 2, 4 or
 * 12), {@code maturityYears} &gt; 0 from today, discounted at the currency's zero curve plus the
 * flat spread of its {@code rating} bucket ({@link #NO_RATING} for none).
 */
public record BondPosition(String positionId, String book, String currency, double notional, double coupon,
    int frequency, double maturityYears, String rating) implements Position {

  /** The rating of a bond discounted without credit spread. */
  public static final String NO_RATING = "NONE";

  public BondPosition {
    PositionChecks.common(positionId, book, currency);
    PositionChecks.finite(positionId, "notional", notional);
    PositionChecks.finite(positionId, "coupon", coupon);
    if (frequency != 1 && frequency != 2 && frequency != 4 && frequency != 12) {
      throw new InvalidPositionException(positionId, InvalidPositionException.BAD_FREQUENCY,
          "frequency must be 1, 2, 4 or 12, got " + frequency);
    }
    PositionChecks.positive(positionId, "maturity_years", maturityYears, InvalidPositionException.NON_POSITIVE_MATURITY);
    PositionChecks.text(positionId, "rating", rating);
  }

  @Override
  public PositionType type() {
    return PositionType.BOND;
  }

  @Override
  public List<String> requiredFactors(String baseCurrency) {
    List<String> factors = new ArrayList<>();
    PositionChecks.addCurve(factors, currency);
    if (!NO_RATING.equals(rating)) {
      factors.add(FactorIds.spread(rating));
    }
    PositionChecks.addFx(factors, currency, baseCurrency);
    return factors;
  }
}
