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
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Compares a scenario's outputs in two local folders, and checks a run left no temporary files. */
final class ScenarioOutputs {

  /** File writes stage their files under {@code <output>/.temp-beam…/} and remove them when done. */
  static final String BEAM_TEMP_PREFIX = ".temp-beam";

  private ScenarioOutputs() {}

  /** Asserts every compared output of {@code scenario} has the same content in two local runs' folders. */
  static void assertSame(Scenario scenario, Path expected, Path actual, String what) {
    assertSame(scenario, expected, actual, actual.toString(), what);
  }

  /**
   * Asserts every compared output of {@code scenario} has the same content in the local reference
   * folder {@code expected} and in {@code actual}, the files of a run whose working location was
   * {@code actualLocation} (a local folder, or the s3:// prefix they were downloaded from).
   */
  static void assertSame(Scenario scenario, Path expected, Path actual, String actualLocation, String what) {
    for (Step step : scenario.steps()) {
      for (Output output : step.outputs()) {
        List<String> want = content(expected, expected.toString(), output);
        List<String> got = content(actual, actualLocation, output);
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

  /**
   * Asserts no temporary file of a file write is left anywhere below {@code folder}. (Beam's
   * FileIO leaves its emptied {@code .temp-beam} folder behind on local file systems; S3 has no
   * folders.)
   */
  static void assertNoTempFiles(Path folder, String what) {
    List<String> leftovers = TreeFiles.listing(folder).stream()
        .filter(p -> p.startsWith(BEAM_TEMP_PREFIX) || p.contains("/" + BEAM_TEMP_PREFIX))
        .filter(p -> Files.isRegularFile(folder.resolve(p)))
        .toList();
    assertTrue(leftovers.isEmpty(), what + " left temporary files: " + leftovers);
  }

  /**
   * The comparable content of an output in {@code folder}: sorted rows without the ignored columns
   * and with {@code location} written {@code {work}}, or "file-name sha256" per file.
   */
  static List<String> content(Path folder, String location, Output output) {
    Path glob = Path.of(output.glob());
    Path dir = glob.getParent() == null ? folder : folder.resolve(glob.getParent());
    String names = glob.getFileName().toString();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> rows = new ArrayList<>();
    switch (output.format()) {
      case PARQUET_ROWS -> OutputFiles.parquetRows(dir, names).forEach(r -> rows.add(parquetRow(r, output)));
      case LINES -> rows.addAll(OutputFiles.lines(dir, names));
      case CSV_ROWS -> rows.addAll(csvRows(dir, names, output));
      case FILE_BYTES -> {
        for (Path file : OutputFiles.matching(dir, names)) {
          rows.add(file.getFileName() + " " + sha256(file));
        }
      }
    }
    String base = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    List<String> normalized = new ArrayList<>(rows.stream().map(r -> r.replace(base, Scenario.WORK)).toList());
    normalized.sort(null);
    return normalized;
  }

  private static String parquetRow(GenericRecord record, Output output) {
    if (output.ignoredColumns().isEmpty()) {
      return record.toString();
    }
    List<String> fields = new ArrayList<>();
    for (Schema.Field field : record.getSchema().getFields()) {
      if (!output.ignoredColumns().contains(field.name())) {
        fields.add(field.name() + "=" + GenericData.get().toString(record.get(field.pos())));
      }
    }
    missingColumns(output, record.getSchema().getFields().stream().map(Schema.Field::name).toList());
    return String.join(", ", fields);
  }

  /** Rows of all CSV files without the ignored columns, each file's header checked and kept once. */
  private static List<String> csvRows(Path dir, String names, Output output) {
    List<Path> files = OutputFiles.matching(dir, names);
    if (files.isEmpty()) {
      return List.of();
    }
    String header = firstLine(files.get(0));
    List<String> columns = CsvFields.split(header);
    missingColumns(output, columns);
    List<String> rows = new ArrayList<>();
    for (String row : OutputFiles.csvRows(dir, names, header)) {
      List<String> fields = CsvFields.split(row);
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        if (i >= columns.size() || !output.ignoredColumns().contains(columns.get(i))) {
          kept.add(fields.get(i));
        }
      }
      rows.add(String.join(",", kept));
    }
    rows.add("(header) " + columns.stream().filter(c -> !output.ignoredColumns().contains(c)).toList());
    return rows;
  }

  private static void missingColumns(Output output, List<String> columns) {
    for (String ignored : output.ignoredColumns()) {
      if (!columns.contains(ignored)) {
        fail(output.glob() + " has no column " + ignored + " to ignore; columns: " + columns);
      }
    }
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
