package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.List;

/**
 * One row of a portfolio: an id, the book it belongs to, the currency its values are in, and the
 * fields of its type. Implementations validate on construction and name the position in every
 * message.
 */
public sealed interface Position extends Serializable
    permits EquityPosition, BondPosition, OptionPosition, CashPosition {

  String positionId();

  String book();

  /** ISO code of the currency the position's fields and value are in. */
  String currency();

  PositionType type();

  /** Every market factor the position's value depends on, in a market with this base currency. */
  List<String> requiredFactors(String baseCurrency);
}
