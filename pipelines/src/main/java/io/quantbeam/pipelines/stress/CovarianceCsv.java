package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.ScenarioLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The factor covariance file: a header row of factor ids, then one row per factor in the same
 * order, each with one value per factor (units of the factors' shocks over the scenario horizon).
 */
public final class CovarianceCsv {

  private CovarianceCsv() {}

  public static FactorCovariance read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException(source + " is empty: a covariance needs a header row of factor ids");
    }
    List<String> ids = Arrays.stream(header.replace("\uFEFF", "").split(",", -1)).map(String::trim).toList();
    ScenarioLayout layout;
    try {
      layout = new ScenarioLayout(ids);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
    List<double[]> rows = new ArrayList<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length != ids.size()) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": " + fields.length + " values, expected "
            + ids.size());
      }
      double[] row = new double[fields.length];
      for (int j = 0; j < fields.length; j++) {
        try {
          row[j] = Double.parseDouble(fields[j].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + " line " + lineNumber + ", column " + ids.get(j)
              + ": not a number: '" + fields[j] + "'");
        }
      }
      rows.add(row);
    }
    if (rows.size() != ids.size()) {
      throw new IllegalArgumentException(source + " has " + rows.size() + " rows for " + ids.size() + " factors");
    }
    return new FactorCovariance(layout, rows.toArray(double[][]::new));
  }

  /** The covariance as CSV, values in shortest round-trip form. */
  public static String write(FactorCovariance covariance) {
    StringBuilder s = new StringBuilder(String.join(",", covariance.layout().factorIds())).append('\n');
    int n = covariance.layout().size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j > 0) {
          s.append(',');
        }
        s.append(covariance.get(i, j));
      }
      s.append('\n');
    }
    return s.toString();
  }
}
