package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.Position;
import java.io.Serializable;
import java.util.List;

/** Positions written together (one Beam element per batch). */
record PositionBatch(List<Position> positions) implements Serializable {

  PositionBatch {
    positions = List.copyOf(positions);
  }
}
