package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.BarInputColumns;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** Checks bar input before any work starts: the glob matches files, each opens, each header has the bar columns. */
final class BarInputCheck {

  private BarInputCheck() {}

  /** @return how many files the glob matched */
  static int check(String filePattern, FileFormat formatOrNull) throws IOException {
    MatchResult match = FileSystems.match(filePattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--input matched no files: " + filePattern);
    }
    for (MatchResult.Metadata file : files) {
      String source = file.resourceId().toString();
      FileFormat format = formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source);
      try (TabularReader reader = TabularReader.open(file, format)) {
        BarInputColumns.resolve(source, reader.header());
      }
    }
    return files.size();
  }

  /** The format option: null for auto. */
  static FileFormat inputFormat(String option) {
    return "auto".equalsIgnoreCase(option.trim()) ? null : FileFormat.parse("inputFormat", option);
  }
}
