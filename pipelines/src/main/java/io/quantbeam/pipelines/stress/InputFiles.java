package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** Finding and opening the stress inputs before the run, with errors that name the option. */
final class InputFiles {

  private InputFiles() {}

  /** The files {@code pattern} matches; throws naming {@code option} when there are none. */
  static List<MatchResult.Metadata> match(String option, String pattern) throws IOException {
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--" + option + " matched no files: " + pattern);
    }
    return files;
  }

  /** The one file {@code path} names. */
  static MatchResult.Metadata single(String option, String path) throws IOException {
    List<MatchResult.Metadata> files = match(option, path);
    if (files.size() != 1) {
      throw new IllegalArgumentException("--" + option + " must name one file, but " + path + " matched " + files.size());
    }
    return files.get(0);
  }

  static InputStream open(MatchResult.Metadata file) throws IOException {
    return Channels.newInputStream(FileSystems.open(file.resourceId()));
  }

  /** The format of a tabular input from its name; the error names the option. */
  static FileFormat formatOf(String option, MatchResult.Metadata file) {
    String name = file.resourceId().toString();
    try {
      return FileFormat.ofFileName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + option + ": cannot tell the format of " + name
          + " from its name (expected .csv, .csv.gz or .parquet)");
    }
  }
}
