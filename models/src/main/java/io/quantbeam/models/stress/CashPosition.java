package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/** An amount of cash in its currency (negative for a borrowing); only FX moves its base value. */
public record CashPosition(String positionId, String book, String currency, double amount) implements Position {

  public CashPosition {
    PositionChecks.common(positionId, book, currency);
    PositionChecks.finite(positionId, "amount", amount);
  }

  @Override
  public PositionType type() {
    return PositionType.CASH;
  }

  @Override
  public List<String> requiredFactors(String baseCurrency) {
    List<String> factors = new ArrayList<>();
    PositionChecks.addFx(factors, currency, baseCurrency);
    return factors;
  }
}
