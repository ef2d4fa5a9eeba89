package io.quantbeam.transforms.stress;

import io.quantbeam.transforms.deadletter.DeadLetter;
import java.util.Arrays;
import java.util.Objects;

/**
 * One parsed, validated scenario row: its id, one shock per factor of the run's scenario layout
 * (0 where the file has no such column or an empty cell), and where it was read (so a row rejected
 * later, e.g. as a duplicate id, can still be found). The array is owned by the row.
 *
 * @param source the file the row was read from
 * @param line its 1-based line or row number there, or {@link DeadLetter#UNKNOWN_LINE}
 */
public record ScenarioRow(long scenarioId, double[] shocks, String source, long line) {

  public ScenarioRow {
    Objects.requireNonNull(source, "source");
  }

  /** A row of no particular file (tests, generated rows). */
  public ScenarioRow(long scenarioId, double[] shocks) {
    this(scenarioId, shocks, "scenarios", DeadLetter.UNKNOWN_LINE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioRow r && scenarioId == r.scenarioId && Arrays.equals(shocks, r.shocks)
        && source.equals(r.source) && line == r.line;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(scenarioId) * 31 + Arrays.hashCode(shocks);
  }

  @Override
  public String toString() {
    return "ScenarioRow[" + scenarioId + ", " + Arrays.toString(shocks) + ", " + source + ":" + line + "]";
  }
}
