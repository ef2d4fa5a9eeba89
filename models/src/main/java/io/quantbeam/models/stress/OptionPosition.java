package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code quantity} European options (negative for written) on equity index {@code equity}, strike
 * ≥ 0 in index points of its currency, {@code expiryYears} &gt; 0, no dividends. Valued by
 * Black–Scholes at the index level, the currency's zero rate at expiry and the index's flat
 * implied volatility.
 */
public record OptionPosition(String positionId, String book, String currency, double quantity, String equity,
    double strike, double expiryYears, OptionType callPut) implements Position {

  public OptionPosition {
    PositionChecks.common(positionId, book, currency);
    PositionChecks.finite(positionId, "quantity", quantity);
    PositionChecks.text(positionId, "equity", equity);
    PositionChecks.finite(positionId, "strike", strike);
    if (strike < 0) {
      throw new InvalidPositionException(positionId, InvalidPositionException.NEGATIVE_STRIKE,
          "strike must be >= 0, got " + strike);
    }
    PositionChecks.positive(positionId, "expiry_years", expiryYears, InvalidPositionException.NON_POSITIVE_EXPIRY);
    if (callPut == null) {
      throw new InvalidPositionException(positionId, InvalidPositionException.MISSING_FIELD, "call_put is missing");
    }
  }

  @Override
  public PositionType type() {
    return PositionType.OPTION;
  }

  @Override
  public List<String> requiredFactors(String baseCurrency) {
    List<String> factors = new ArrayList<>();
    factors.add(FactorIds.equity(equity));
    factors.add(FactorIds.volatility(equity));
    PositionChecks.addCurve(factors, currency);
    PositionChecks.addFx(factors, currency, baseCurrency);
    return factors;
  }
}
