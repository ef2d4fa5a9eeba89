package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.FactorKind;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.ShockRules;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.rows.WholeNumbers;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Parses a scenario file's rows against the run's scenario layout: column {@code scenario_id}
 * (a whole number) and one column per shocked factor; a factor the file lacks, or an empty cell,
 * is not shocked (shock 0). A row with a bad id, or a shock that is not a number, not finite, or a
 * relative shock ≤ −1, is rejected with its reason.
 */
public final class ScenarioRowParser implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String SCENARIO_ID = "scenario_id";
  public static final String STEP = "parse_scenario";

  public static final String BAD_SCENARIO_ID = "bad_scenario_id";
  public static final String UNPARSEABLE_SHOCK = "unparseable_shock";
  public static final String MALFORMED_ROW = "malformed_row";

  private final int idColumn;
  /** For each file column, its layout column, or −1 (the id column). */
  private final int[] layoutColumnOfFileColumn;
  private final String[] factorOfFileColumn;
  private final FactorKind[] kindOfFileColumn;
  private final int layoutSize;

  /**
   * @throws IllegalArgumentException when the header has no scenario_id, names a column twice, or
   *     names a factor outside the layout (the run's layout is the union of all files' factors)
   */
  public ScenarioRowParser(String source, List<String> header, ScenarioLayout layout) {
    Map<String, Integer> columns = layout.columns();
    int id = -1;
    layoutColumnOfFileColumn = new int[header.size()];
    factorOfFileColumn = new String[header.size()];
    kindOfFileColumn = new FactorKind[header.size()];
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (header.indexOf(name) != c) {
        throw new IllegalArgumentException(source + ": column " + name + " appears twice");
      }
      if (name.equals(SCENARIO_ID)) {
        id = c;
        layoutColumnOfFileColumn[c] = -1;
        continue;
      }
      Integer column = columns.get(name);
      if (column == null) {
        throw new IllegalArgumentException(source + ": column " + name + " is not a factor of the run's scenarios");
      }
      layoutColumnOfFileColumn[c] = column;
      factorOfFileColumn[c] = name;
      kindOfFileColumn[c] = FactorKind.of(name);
    }
    if (id < 0) {
      throw new IllegalArgumentException(source + " has no " + SCENARIO_ID + " column");
    }
    this.idColumn = id;
    this.layoutSize = layout.size();
  }

  /** The outcome of one row: exactly one of {@code row} and {@code rejection} is set. */
  public record Result(ScenarioRow row, DeadLetter rejection) {}

  /** Parses the current row; {@code malformation} is the reader's verdict on its shape (null if fine). */
  public Result parse(InputRow input, String malformation) {
    if (malformation != null) {
      return reject(input, MALFORMED_ROW, "row " + malformation);
    }
    if (input.isEmpty(idColumn)) {
      return reject(input, BAD_SCENARIO_ID, "scenario_id is empty");
    }
    long id;
    try {
      id = WholeNumbers.parse(input.text(idColumn));
    } catch (NumberFormatException e) {
      return reject(input, BAD_SCENARIO_ID, "scenario_id is not a whole number: '" + input.text(idColumn) + "'");
    }
    double[] shocks = new double[layoutSize];
    for (int c = 0; c < layoutColumnOfFileColumn.length; c++) {
      int target = layoutColumnOfFileColumn[c];
      if (target < 0 || input.isEmpty(c)) {
        continue;
      }
      double x;
      try {
        x = input.number(c);
      } catch (NumberFormatException e) {
        return reject(input, UNPARSEABLE_SHOCK, "scenario " + id + ", factor " + factorOfFileColumn[c]
            + ": shock is not a number: '" + input.text(c) + "'");
      }
      String problem = ShockRules.problem(kindOfFileColumn[c], x);
      if (problem != null) {
        return reject(input, problem, "scenario " + id + ", factor " + factorOfFileColumn[c] + ": "
            + ShockRules.describe(problem, x));
      }
      shocks[target] = x;
    }
    return new Result(new ScenarioRow(id, shocks, input.source(), input.line()), null);
  }

  private static Result reject(InputRow input, String reason, String detail) {
    return new Result(null, new DeadLetter(input.source(), input.line(), STEP, reason, detail, input.payload()));
  }
}
