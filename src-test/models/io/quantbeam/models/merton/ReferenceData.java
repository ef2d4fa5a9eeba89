package io.quantbeam.models.merton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Merton reference vectors of the study's own code (src-test/testdata/merton), found by
 * walking up from the working directory: tests run in a module folder of the checkout.
 */
final class ReferenceData {

  private ReferenceData() {}

  static Path directory() {
    return above(Path.of("src-test", "testdata", "merton"));
  }

  /** This package's own reference folder in src-test (values from an independent Python reading of the spec). */
  static Path ownDirectory() {
    return above(Path.of("src-test", "models", "io", "quantbeam", "models", "merton", "reference"));
  }

  private static Path above(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no " + relative + " in or above " + Path.of("").toAbsolutePath());
  }

  /** firms.csv (firm_id, date, mkt_val, face_value_debt, DGS1, RET) as histories in file order. */
  static Map<String, FirmHistory> firms() {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    for (String[] row : csv(directory().resolve("firms.csv"))) {
      rows.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
    }
    Map<String, FirmHistory> firms = new LinkedHashMap<>();
    rows.forEach((id, list) -> {
      int n = list.size();
      long[] day = new long[n];
      double[] equity = new double[n];
      double[] debt = new double[n];
      double[] rate = new double[n];
      for (int i = 0; i < n; i++) {
        String[] r = list.get(i);
        day[i] = LocalDate.parse(r[1]).toEpochDay();
        equity[i] = Double.parseDouble(r[2]);
        debt[i] = Double.parseDouble(r[3]);
        rate[i] = Double.parseDouble(r[4]);
      }
      firms.put(id, new FirmHistory(id, day, equity, debt, rate));
    });
    return firms;
  }

  /** One row of expected_trailing_window.csv. */
  record Expected(String firmId, long epochDay, double horizonYears, double assetValue, boolean comparable) {}

  static List<Expected> expectedTrailingWindow() {
    List<Expected> out = new ArrayList<>();
    for (String[] r : csv(directory().resolve("expected_trailing_window.csv"))) {
      out.add(new Expected(r[0], LocalDate.parse(r[1]).toEpochDay(), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
          r[4].equals("1")));
    }
    return out;
  }

  /** One row of reference/iterative_naive_reference.csv. */
  record Estimate(String firmId, long epochDay, MertonMethod method, Drift drift, double horizonYears, double assetValue,
      double assetVolatility, double distanceToDefault) {}

  static List<Estimate> iterativeAndNaive() {
    List<Estimate> out = new ArrayList<>();
    for (String[] r : csv(ownDirectory().resolve("iterative_naive_reference.csv"))) {
      out.add(new Estimate(r[0], LocalDate.parse(r[1]).toEpochDay(), MertonMethod.valueOf(r[2]), Drift.valueOf(r[3]),
          Double.parseDouble(r[4]), Double.parseDouble(r[5]), Double.parseDouble(r[6]), r[7].equals("nan") ? Double.NaN : Double.parseDouble(r[7])));
    }
    return out;
  }

  private static List<String[]> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>(lines.size());
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
