package io.quantbeam.transforms.forest;

import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/** A symbol's whole grid in grid order, with the chosen point. */
@DefaultCoder(ForestCoders.SymbolGridCoder.class)
public record SymbolGrid(String symbol, String preparedPath, int best, List<GridPointResult> points) {

  public SymbolGrid {
    points = List.copyOf(points);
  }

  public GridPointResult bestPoint() {
    return points.get(best);
  }
}
