package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/**
 * A holding of {@code quantity} units (shares; negative for short) priced at {@code spot} (in its
 * currency) that moves with index {@code equity} with sensitivity {@code beta}: value =
 * quantity·spot·(1 + beta·x) for an index return x.
 */
public record EquityPosition(String positionId, String book, String currency, double quantity, double spot,
    String equity, double beta) implements Position {

  public EquityPosition {
    PositionChecks.common(positionId, book, currency);
    PositionChecks.finite(positionId, "quantity", quantity);
    PositionChecks.finite(positionId, "spot", spot);
    PositionChecks.text(positionId, "equity", equity);
    PositionChecks.finite(positionId, "beta", beta);
  }

  @Override
  public PositionType type() {
    return PositionType.EQUITY;
  }

  @Override
  public List<String> requiredFactors(String baseCurrency) {
    List<String> factors = new ArrayList<>();
    factors.add(FactorIds.equity(equity));
    PositionChecks.addFx(factors, currency, baseCurrency);
    return factors;
  }
}
