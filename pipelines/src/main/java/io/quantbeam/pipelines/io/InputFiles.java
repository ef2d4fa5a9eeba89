package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.rows.InputSchema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
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
      List<String> header;
      try (TabularReader reader = TabularReader.open(file, fileFormat)) {
        header = reader.header();
      } catch (IOException | RuntimeException e) {
        throw unreadable(option, source, fileFormat, e);
      }
      if (schema != null) {
        schema.resolve(source, header);
      }
      checkCompressedToTheEnd(option, file, fileFormat);
      checked.add(new CheckedInput.InputFile(source, fileFormat, header, file.sizeBytes()));
    }
    return new CheckedInput(option, pattern, checked);
  }

  /**
   * Decompresses a compressed CSV to its end: a file cut short (a copy that stopped, an upload that
   * failed) or with a bad checksum is found here, named, rather than by a reader mid-run. The cost is
   * one extra decompression pass over the compressed inputs (gzip inflates at a few hundred MB/s).
   */
  private static void checkCompressedToTheEnd(String option, MatchResult.Metadata file, FileFormat format) {
    String source = file.resourceId().toString();
    Compression compression = Compression.detect(source);
    if (format != FileFormat.CSV || compression == Compression.UNCOMPRESSED) {
      return;
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Channels.newInputStream(compression.readDecompressed(FileSystems.open(file.resourceId())))) {
      while (in.read(buffer) >= 0) {
        // the decompressor checks the length and checksum in the trailer as it reaches the end
      }
    } catch (IOException | RuntimeException e) {
      throw unreadable(option, source, format, e);
    }
  }

  private static IllegalArgumentException unreadable(String option, String source, FileFormat format, Exception e) {
    String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new IllegalArgumentException("--" + option + ": " + source + " cannot be read as " + describe(format, source)
        + " (" + why + "). Check that the file is complete (copy or download it again) and of that format.");
  }

  private static String describe(FileFormat format, String source) {
    if (format == FileFormat.PARQUET) {
      return "Parquet";
    }
    return Compression.detect(source) == Compression.UNCOMPRESSED ? "CSV" : "compressed CSV";
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
    for (MatchResult.Metadata file : files) {
      if (file.resourceId().isDirectory() || isLocalFolder(file.resourceId().toString())) {
        throw new IllegalArgumentException("--" + option + " names a folder, " + file.resourceId()
            + ": give its files, e.g. --" + option + "=" + OutputPaths.child(pattern, "*.csv"));
      }
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

  private static boolean isLocalFolder(String path) {
    if (path.contains("://") && !path.startsWith("file://")) {
      return false;
    }
    return Files.isDirectory(Path.of(path.startsWith("file://") ? URI.create(path).getPath() : path));
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
