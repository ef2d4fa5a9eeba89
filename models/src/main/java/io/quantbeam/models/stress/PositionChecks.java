package io.quantbeam.models.stress;

import java.util.List;

/** Validation shared by the position records: every failure names the position and has a reason code. */
final class PositionChecks {

  private PositionChecks() {}

  static void common(String positionId, String book, String currency) {
    if (positionId == null || positionId.isBlank()) {
      throw new InvalidPositionException("(no id)", InvalidPositionException.MISSING_FIELD, "position_id is missing");
    }
    text(positionId, "book", book);
    text(positionId, "currency", currency);
  }

  static void text(String positionId, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidPositionException(positionId, InvalidPositionException.MISSING_FIELD, field + " is missing");
    }
  }

  static void finite(String positionId, String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidPositionException(positionId, InvalidPositionException.NON_FINITE_NUMBER,
          field + " is not a finite number: " + value);
    }
  }

  static void positive(String positionId, String field, double value, String reason) {
    finite(positionId, field, value);
    if (!(value > 0)) {
      throw new InvalidPositionException(positionId, reason, field + " must be > 0, got " + value);
    }
  }

  /** The FX factor, unless the position is in the base currency. */
  static void addFx(List<String> factors, String currency, String baseCurrency) {
    if (!currency.equals(baseCurrency)) {
      factors.add(FactorIds.fx(currency));
    }
  }

  static void addCurve(List<String> factors, String currency) {
    for (Tenor t : Tenor.values()) {
      factors.add(FactorIds.rate(currency, t));
    }
  }
}
