package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quantbeam.pipelines.fanout.Scenario.Output;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Compares a scenario's outputs in two local folders, and checks a run left no temporary files. */
final class ScenarioOutputs {

  /** File writes stage their files under {@code <output>/.temp-beam…/} and remove them when done. */
  static final String BEAM_TEMP_PREFIX = ".temp-beam";

  private ScenarioOutputs() {}

  /** Asserts every compared output of {@code scenario} has the same content under both folders. */
  static void assertSame(Scenario scenario, Path expected, Path actual, String what) {
    for (Step step : scenario.steps()) {
      for (Output output : step.outputs()) {
        List<String> want = content(expected, output);
        List<String> got = content(actual, output);
        String label = what + ": " + scenario.name() + " / " + step.pipeline() + " / " + output.glob();
        if (!output.mayBeEmpty()) {
          assertFalse(want.isEmpty(), label + ": the reference run wrote nothing to compare");
        }
        if (!want.equals(got)) {
          fail(label + " differs: " + want.size() + " expected entries, " + got.size() + " actual; "
              + firstDifference(want, got));
        }
      }
    }
  }

  /** Asserts no temporary file or folder of a file write is left anywhere below {@code folder}. */
  static void assertNoTempFiles(Path folder, String what) {
    List<String> leftovers = TreeFiles.listing(folder).stream()
        .filter(p -> p.startsWith(BEAM_TEMP_PREFIX) || p.contains("/" + BEAM_TEMP_PREFIX))
        .toList();
    assertTrue(leftovers.isEmpty(), what + " left temporary files: " + leftovers);
  }

  /** The comparable content of an output: sorted rows, or "file-name sha256" per file. */
  static List<String> content(Path work, Output output) {
    Path glob = Path.of(output.glob());
    Path folder = glob.getParent() == null ? work : work.resolve(glob.getParent());
    String names = glob.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<String> rows = new ArrayList<>();
    switch (output.format()) {
      case PARQUET_ROWS -> OutputFiles.parquetRows(folder, names).forEach(r -> rows.add(r.toString()));
      case LINES -> rows.addAll(OutputFiles.lines(folder, names));
      case CSV_ROWS -> rows.addAll(csvRows(folder, names));
      case FILE_BYTES -> {
        for (Path file : OutputFiles.matching(folder, names)) {
          rows.add(file.getFileName() + " " + sha256(file));
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  /** Rows of all CSV files, each file's header checked against the first file's and kept once. */
  private static List<String> csvRows(Path folder, String names) {
    List<Path> files = OutputFiles.matching(folder, names);
    if (files.isEmpty()) {
      return List.of();
    }
    String header = firstLine(files.get(0));
    List<String> rows = new ArrayList<>(OutputFiles.csvRows(folder, names, header));
    rows.add("(header) " + header);
    return rows;
  }

  private static String firstLine(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstDifference(List<String> want, List<String> got) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        return "first difference at sorted entry " + i + ": expected <" + want.get(i) + "> but was <" + got.get(i) + ">";
      }
    }
    return want.size() > got.size()
        ? "missing from the end: <" + want.get(got.size()) + ">"
        : "extra at the end: <" + got.get(want.size()) + ">";
  }
}
