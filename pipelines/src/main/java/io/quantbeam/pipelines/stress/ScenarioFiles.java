package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.models.stress.FactorIds;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.transforms.stress.ScenarioRowParser;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks scenario files before the run: each opens, has a scenario_id column, and names only
 * factors the market has. The run's layout is the union of the files' factor columns, in id order.
 */
final class ScenarioFiles {

  private ScenarioFiles() {}

  record Checked(ScenarioLayout layout, CheckedInput files) {}

  static Checked check(String pattern, MarketData market) throws IOException {
    CheckedInput files = InputFiles.check("scenarios", pattern, null, null);
    TreeSet<String> factors = new TreeSet<>();
    for (CheckedInput.InputFile file : files.files()) {
      String source = file.path();
      List<String> header = file.header();
      if (!header.contains(ScenarioRowParser.SCENARIO_ID)) {
        throw new IllegalArgumentException(source + " has no " + ScenarioRowParser.SCENARIO_ID + " column");
      }
      for (String column : header) {
        if (column.equals(ScenarioRowParser.SCENARIO_ID)) {
          continue;
        }
        try {
          FactorIds.validate(column);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ": column " + column + " is not a factor id: " + e.getMessage());
        }
        if (!market.has(column)) {
          throw new IllegalArgumentException(source + ": column " + column + " names a factor the market lacks");
        }
        factors.add(column);
      }
    }
    return new Checked(new ScenarioLayout(List.copyOf(factors)), files);
  }
}
