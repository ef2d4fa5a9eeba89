package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.rows.InputSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Finding, opening and checking input files before the run, with errors that name the option and
 * the file: the one place a glob is matched and a header read before work starts.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Matches {@code pattern} once and reads each file's header once; with a schema, checks that
   * every header has the schema's required columns.
   *
   * @param option the option naming the files, without dashes, for messages
   * @param format the files' format, or null to tell it from each name
   * @param schema the columns every file must have, or null to check only that each file opens
   * @throws IllegalArgumentException naming the option or the file when nothing matches, a format
   *     cannot be told, a file cannot be read or lacks required columns
   */
  public static CheckedInput check(String option, String pattern, FileFormat format, InputSchema schema)
      throws IOException {
    List<CheckedInput.InputFile> checked = new ArrayList<>();
    for (MatchResult.Metadata file : match(option, pattern)) {
      String source = file.resourceId().toString();
      FileFormat fileFormat = format != null ? format : formatOf(option, file);
      try (TabularReader reader = TabularReader.open(file, fileFormat)) {
        if (schema != null) {
          schema.resolve(source, reader.header());
        }
        checked.add(new CheckedInput.InputFile(source, fileFormat, reader.header(), file.sizeBytes()));
      }
    }
    return new CheckedInput(option, pattern, checked);
  }

  /** The value of an input format option: null for {@code auto} (by file name), else csv or parquet. */
  public static FileFormat formatOption(String option, String value) {
    return value == null || "auto".equalsIgnoreCase(value.trim()) ? null : FileFormat.parse(option, value);
  }

  /** The files {@code pattern} matches; throws naming {@code option} when there are none. */
  public static List<MatchResult.Metadata> match(String option, String pattern) throws IOException {
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--" + option + " matched no files: " + pattern);
    }
    return files;
  }

  /** The one file {@code path} names. */
  public static MatchResult.Metadata single(String option, String path) throws IOException {
    List<MatchResult.Metadata> files = match(option, path);
    if (files.size() != 1) {
      throw new IllegalArgumentException("--" + option + " must name one file, but " + path + " matched " + files.size());
    }
    return files.get(0);
  }

  public static InputStream open(MatchResult.Metadata file) throws IOException {
    return Channels.newInputStream(FileSystems.open(file.resourceId()));
  }

  /** The format of a tabular input from its name; the error names the option. */
  public static FileFormat formatOf(String option, MatchResult.Metadata file) {
    String name = file.resourceId().toString();
    try {
      return FileFormat.ofFileName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + option + ": cannot tell the format of " + name
          + " from its name (expected .csv, .csv.gz or .parquet)");
    }
  }
}
