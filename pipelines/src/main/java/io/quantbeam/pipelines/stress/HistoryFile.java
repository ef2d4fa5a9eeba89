package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.FactorIds;
import io.quantbeam.models.stress.FactorKind;
import io.quantbeam.models.stress.HistoricalShocks;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.stress.ScenarioRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Reads a history of daily factor levels (CSV or Parquet: column {@code date}, ISO yyyy-mm-dd, and
 * one column per factor id, in the market's units) and turns it into historical-simulation
 * scenarios with {@link HistoricalShocks}. A history is small (years of days), so it is read here,
 * before the run, and its scenarios enter the pipeline like rows read from scenario files. Rows that
 * cannot be used are dead letters: a bad or missing date, a missing level (a gap in a factor's
 * series), a level that is not a number or not finite, a non-positive equity or FX level (a relative
 * change needs a positive start), and every row of a date that appears more than once.
 */
final class HistoryFile {

  static final String DATE = "date";
  static final String STEP = "read_history";

  private HistoryFile() {}

  /**
   * The scenarios and what the report says about them.
   *
   * @param notInHistory market factors the history has no column for: not shocked
   * @param firstDate first usable history date, or null
   * @param lastDate last usable history date, or null
   */
  record Loaded(String source, ScenarioLayout layout, List<ScenarioRow> scenarios, List<DeadLetter> rejected,
      long rowsRead, List<String> notInHistory, LocalDate firstDate, LocalDate lastDate) {}

  static Loaded read(String path, MarketData market, int horizonDays, LocalDate from, LocalDate to)
      throws IOException {
    MatchResult.Metadata file = InputFiles.single("history", path);
    String source = file.resourceId().toString();
    try (TabularReader reader = TabularReader.open(file, InputFiles.formatOf("history", file))) {
      List<String> header = reader.header();
      int dateColumn = header.indexOf(DATE);
      if (dateColumn < 0) {
        throw new IllegalArgumentException("--history " + source + " has no " + DATE + " column");
      }
      TreeMap<String, Integer> columnOfFactor = new TreeMap<>();
      for (int c = 0; c < header.size(); c++) {
        String name = header.get(c);
        if (c == dateColumn) {
          continue;
        }
        try {
          FactorIds.validate(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--history " + source + ": column " + name + " is not a factor id: "
              + e.getMessage());
        }
        if (!market.has(name)) {
          throw new IllegalArgumentException("--history " + source + ": column " + name
              + " names a factor the market lacks");
        }
        if (columnOfFactor.put(name, c) != null) {
          throw new IllegalArgumentException("--history " + source + ": column " + name + " appears twice");
        }
      }
      ScenarioLayout layout = new ScenarioLayout(List.copyOf(columnOfFactor.keySet()));
      int[] fileColumn = columnOfFactor.values().stream().mapToInt(Integer::intValue).toArray();
      FactorKind[] kinds = new FactorKind[fileColumn.length];
      for (int k = 0; k < kinds.length; k++) {
        kinds[k] = layout.kind(k);
      }

      TreeMap<LocalDate, List<Row>> byDate = new TreeMap<>();
      List<DeadLetter> rejected = new ArrayList<>();
      long rows = 0;
      while (reader.next()) {
        rows++;
        var input = reader.row();
        Row row = parse(input, reader.malformation(), dateColumn, fileColumn, kinds, layout, rejected);
        if (row != null) {
          byDate.computeIfAbsent(row.date, d -> new ArrayList<>()).add(row);
        }
      }
      List<LocalDate> dates = new ArrayList<>();
      List<double[]> levels = new ArrayList<>();
      for (Map.Entry<LocalDate, List<Row>> e : byDate.entrySet()) {
        if (e.getValue().size() == 1) {
          dates.add(e.getKey());
          levels.add(e.getValue().get(0).levels);
        } else {
          for (Row r : e.getValue()) {
            rejected.add(new DeadLetter(source, r.line, STEP, "duplicate_date", "date " + e.getKey() + " appears "
                + e.getValue().size() + " times; none of its rows is used", r.payload));
          }
        }
      }
      ShockBlock block = HistoricalShocks.of(dates.toArray(LocalDate[]::new), levels.toArray(double[][]::new),
          layout, horizonDays, from, to);
      List<ScenarioRow> scenarios = new ArrayList<>(block.size());
      for (int i = 0; i < block.size(); i++) {
        double[] shocks = new double[layout.size()];
        for (int c = 0; c < shocks.length; c++) {
          shocks[c] = block.shocks()[c][i];
        }
        scenarios.add(new ScenarioRow(block.scenarioIds()[i], shocks, source, DeadLetter.UNKNOWN_LINE));
      }
      List<String> notInHistory = market.factors().keySet().stream()
          .filter(f -> !columnOfFactor.containsKey(f)).toList();
      return new Loaded(source, layout, scenarios, rejected, rows, notInHistory,
          dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
    }
  }

  private record Row(LocalDate date, double[] levels, long line, String payload) {}

  private static Row parse(InputRow input, String malformation, int dateColumn,
      int[] fileColumn, FactorKind[] kinds, ScenarioLayout layout, List<DeadLetter> rejected) {
    if (malformation != null) {
      return reject(input, "malformed_row", "row " + malformation, rejected);
    }
    if (input.isEmpty(dateColumn)) {
      return reject(input, "bad_date", "date is empty", rejected);
    }
    LocalDate date;
    try {
      date = LocalDate.ofEpochDay(input.epochDay(dateColumn));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return reject(input, "bad_date", "date is not an ISO date (yyyy-mm-dd): '" + input.text(dateColumn) + "'",
          rejected);
    }
    double[] levels = new double[fileColumn.length];
    for (int k = 0; k < fileColumn.length; k++) {
      String factor = layout.factorId(k);
      if (input.isEmpty(fileColumn[k])) {
        return reject(input, "missing_level", date + ": no level for " + factor + " (a gap in its series)", rejected);
      }
      double x;
      try {
        x = input.number(fileColumn[k]);
      } catch (NumberFormatException e) {
        return reject(input, "bad_number", date + ", " + factor + ": not a number: '" + input.text(fileColumn[k])
            + "'", rejected);
      }
      if (!Double.isFinite(x)) {
        return reject(input, "non_finite_level", date + ", " + factor + ": level " + x, rejected);
      }
      if (kinds[k].relative() && x <= 0) {
        return reject(input, "non_positive_level", date + ", " + factor + ": level " + x
            + " (relative changes need positive levels)", rejected);
      }
      levels[k] = x;
    }
    return new Row(date, levels, input.line(), input.payload());
  }

  private static Row reject(InputRow input, String reason, String detail,
      List<DeadLetter> rejected) {
    rejected.add(new DeadLetter(input.source(), input.line(), STEP, reason, detail, input.payload()));
    return null;
  }
}
