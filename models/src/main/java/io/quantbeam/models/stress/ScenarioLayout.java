package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The factors a set of scenarios shocks, in column order: the header of a scenario file, or the
 * factors of a covariance matrix. Factors not listed are never shocked.
 */
public record ScenarioLayout(List<String> factorIds) implements Serializable {

  public ScenarioLayout {
    factorIds = List.copyOf(factorIds);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < factorIds.size(); i++) {
      String id = factorIds.get(i);
      FactorIds.validate(id);
      if (seen.put(id, i) != null) {
        throw new IllegalArgumentException("factor " + id + " appears twice among the scenario factors");
      }
    }
  }

  public int size() {
    return factorIds.size();
  }

  public String factorId(int column) {
    return factorIds.get(column);
  }

  public FactorKind kind(int column) {
    return FactorKind.of(factorIds.get(column));
  }

  /** Column of each factor id. */
  public Map<String, Integer> columns() {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < factorIds.size(); i++) {
      columns.put(factorIds.get(i), i);
    }
    return Collections.unmodifiableMap(columns);
  }

  /** Throws naming the first factor the market lacks: such scenarios cannot be applied. */
  public void requireIn(MarketData market, String what) {
    for (String id : factorIds) {
      if (!market.has(id)) {
        throw new IllegalArgumentException(what + " names factor " + id + ", which the market lacks");
      }
    }
  }
}
