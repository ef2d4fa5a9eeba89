package io.quantbeam.transforms.stress;

import java.util.Arrays;

/**
 * One parsed, validated scenario row: its id and one shock per factor of the run's scenario layout
 * (0 where the file has no such column or an empty cell). The array is owned by the row.
 */
public record ScenarioRow(long scenarioId, double[] shocks) {

  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioRow r && scenarioId == r.scenarioId && Arrays.equals(shocks, r.shocks);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(scenarioId) * 31 + Arrays.hashCode(shocks);
  }

  @Override
  public String toString() {
    return "ScenarioRow[" + scenarioId + ", " + Arrays.toString(shocks) + "]";
  }
}
