package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The base market: the base currency and the base value of every risk factor, by id (see
 * {@link FactorKind} for units). Equity levels and FX rates are &gt; 0, volatilities ≥ 0, every
 * value finite. The base currency has no FX factor: its rate is 1.
 */
public record MarketData(String baseCurrency, SortedMap<String, Double> factors) implements Serializable {

  public MarketData {
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    if (baseCurrency.isBlank()) {
      throw new IllegalArgumentException("market: baseCurrency is empty");
    }
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : factors.entrySet()) {
      String id = e.getKey();
      Double value = e.getValue();
      FactorKind kind = FactorIds.validate(id);
      if (value == null || !Double.isFinite(value)) {
        throw new IllegalArgumentException("market factor " + id + " is not a finite number: " + value);
      }
      if ((kind == FactorKind.EQUITY || kind == FactorKind.FX) && !(value > 0)) {
        throw new IllegalArgumentException("market factor " + id + " must be > 0, got " + value);
      }
      if ((kind == FactorKind.RATE || kind == FactorKind.SPREAD) && Math.abs(value) > MAX_DECIMAL_RATE) {
        throw new IllegalArgumentException("market factor " + id + " is " + value + ": rates and spreads are decimals "
            + "(0.0266 means 2.66 %), so this looks like percent; divide the rates and spreads by 100");
      }
      if (kind == FactorKind.VOL && value < 0) {
        throw new IllegalArgumentException("market factor " + id + " must be >= 0, got " + value);
      }
      if (id.equals(FactorIds.fx(baseCurrency))) {
        throw new IllegalArgumentException("market factor " + id + ": the base currency " + baseCurrency
            + " has no FX factor (its rate is 1)");
      }
      copy.put(id, value);
    }
    factors = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * The largest rate or spread, in absolute value, taken as a decimal: 1.0 = 100 % a year. Rates
   * quoted in percent (2.66 for 2.66 %) exceed it unless they are below 1 %, while decimal zero rates
   * and spreads above 100 % a year occur only in hyperinflations and defaulted credits, which a
   * portfolio stress test of this kind does not model.
   */
  public static final double MAX_DECIMAL_RATE = 1.0;

    public boolean has(String factorId) {
    return factors.containsKey(factorId);
  }

  /** The base value of a factor; throws naming the factor when the market lacks it. */
  public double factor(String factorId) {
    Double v = factors.get(factorId);
    if (v == null) {
      throw new IllegalArgumentException("the market has no factor " + factorId);
    }
    return v;
  }

  /** Throws {@link InvalidPositionException} naming the first factor the position needs that this market lacks. */
  public void requireFactorsOf(Position position) {
    for (String id : position.requiredFactors(baseCurrency)) {
      if (!has(id)) {
        throw new InvalidPositionException(position.positionId(), InvalidPositionException.UNKNOWN_FACTOR,
            "needs factor " + id + ", which the market lacks");
      }
    }
  }
}
