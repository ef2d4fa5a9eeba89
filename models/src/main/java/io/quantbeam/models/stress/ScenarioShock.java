package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One scenario: an immutable perturbation of the market, a shock x per factor id (absent = not
 * shocked). Units follow {@link FactorKind}: additive decimals for rates, spreads and volatilities,
 * relative changes for equity levels and FX rates (which must be &gt; −1).
 */
public record ScenarioShock(SortedMap<String, Double> shocks) implements Serializable {

  /** No factor shocked: the base market. */
  public static final ScenarioShock NONE = new ScenarioShock(new TreeMap<>());

  public ScenarioShock {
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : shocks.entrySet()) {
      String id = e.getKey();
      Double x = e.getValue();
      String problem = ShockRules.problem(FactorIds.validate(id), x == null ? Double.NaN : x);
      if (problem != null) {
        throw new IllegalArgumentException("shock of " + id + ": " + ShockRules.describe(problem, x));
      }
      copy.put(id, x);
    }
    shocks = Collections.unmodifiableSortedMap(copy);
  }

  public static ScenarioShock of(Map<String, Double> shocks) {
    return new ScenarioShock(new TreeMap<>(shocks));
  }

  /** The shock of a factor, 0 when it is not shocked. */
  public double shock(String factorId) {
    Double x = shocks.get(factorId);
    return x == null ? 0 : x;
  }

  /** This perturbation applied to a base market; throws when it shocks a factor the market lacks. */
  public MarketState applyTo(MarketData market) {
    return new MarketState(market, this);
  }
}
