package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The positions to revalue and the base market they are valued in: what every shard needs. */
public record PortfolioSnapshot(MarketData market, List<Position> positions) implements Serializable {

  public PortfolioSnapshot {
    Objects.requireNonNull(market, "market");
    positions = List.copyOf(positions);
    for (Position p : positions) {
      market.requireFactorsOf(p);
    }
  }

  /** A revaluer for scenarios that shock the factors of {@code layout}. */
  public PortfolioRevaluer revaluer(ScenarioLayout layout) {
    return new PortfolioRevaluer(market, positions, layout);
  }
}
