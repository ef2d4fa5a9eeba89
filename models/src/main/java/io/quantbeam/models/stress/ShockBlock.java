package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A block of scenarios in columns: {@code shocks[column][i]} is the shock of the layout's factor
 * {@code column} in scenario {@code scenarioIds[i]}. Arrays are owned by the block; read only.
 */
public record ShockBlock(long[] scenarioIds, double[][] shocks) {

  public ShockBlock {
    for (double[] column : shocks) {
      if (column.length != scenarioIds.length) {
        throw new IllegalArgumentException("shock columns must have one value per scenario");
      }
    }
  }

  public int size() {
    return scenarioIds.length;
  }

  /** A scenario row that failed {@link ShockRules}: its id, the reason code and a message. */
  public record Rejection(long scenarioId, String reason, String detail) {}

  /**
   * Collects scenario rows, checking every shock with {@link ShockRules}: a row with an unusable
   * shock is rejected (with the first problem found), the others are kept in arrival order.
   */
  public static final class Builder {
    private final ScenarioLayout layout;
    private final FactorKind[] kinds;
    private long[] ids;
    private double[][] columns;
    private int size;
    private final List<Rejection> rejections = new ArrayList<>();

    public Builder(ScenarioLayout layout, int expectedRows) {
      this.layout = layout;
      this.kinds = new FactorKind[layout.size()];
      for (int c = 0; c < kinds.length; c++) {
        kinds[c] = layout.kind(c);
      }
      int capacity = Math.max(expectedRows, 1);
      this.ids = new long[capacity];
      this.columns = new double[layout.size()][capacity];
    }

    /** Adds the row (one shock per layout column, 0 = not shocked) or rejects it; true when added. */
    public boolean add(long scenarioId, double[] row) {
      for (int c = 0; c < kinds.length; c++) {
        String problem = ShockRules.problem(kinds[c], row[c]);
        if (problem != null) {
          rejections.add(new Rejection(scenarioId, problem,
              "scenario " + scenarioId + ", factor " + layout.factorId(c) + ": " + ShockRules.describe(problem, row[c])));
          return false;
        }
      }
      if (size == ids.length) {
        int capacity = size * 2;
        ids = Arrays.copyOf(ids, capacity);
        for (int c = 0; c < columns.length; c++) {
          columns[c] = Arrays.copyOf(columns[c], capacity);
        }
      }
      ids[size] = scenarioId;
      for (int c = 0; c < columns.length; c++) {
        columns[c][size] = row[c];
      }
      size++;
      return true;
    }

    public List<Rejection> rejections() {
      return List.copyOf(rejections);
    }

    public ShockBlock build() {
      double[][] trimmed = new double[columns.length][];
      for (int c = 0; c < columns.length; c++) {
        trimmed[c] = columns[c].length == size ? columns[c] : Arrays.copyOf(columns[c], size);
      }
      return new ShockBlock(ids.length == size ? ids : Arrays.copyOf(ids, size), trimmed);
    }
  }
}
