package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.pipelines.io.ReadRows;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.forest.AssembleBarSeries;
import io.quantbeam.transforms.forest.BarInput;
import io.quantbeam.transforms.forest.ForestMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/** Minute-bar files through the one input path: checked before the run, read, assembled per symbol. */
final class BarFiles {

  private BarFiles() {}

  /** Each symbol's series, and the rows rejected on the way. */
  record Read(PCollection<BarSeries> series, List<PCollection<DeadLetter>> rejected) {}

  /**
   * Checks {@code --input} before the pipeline is built: matched once, each header read once,
   * failing fast naming the file and its missing columns.
   *
   * @return the checked files, or null without {@code --input} (the built-in sample)
   */
  static CheckedInput check(String pattern, String formatOption) {
    if (pattern == null || pattern.isBlank()) {
      return null;
    }
    try {
      return InputFiles.check("input", pattern, InputFiles.formatOption("inputFormat", formatOption), BarInput.SCHEMA);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
    }
  }

  /** Adds the steps that read the checked files and assemble each symbol's series. */
  static Read read(Pipeline pipeline, CheckedInput input) {
    PCollectionTuple read = pipeline.apply("ReadBars",
        new ReadRows(input, BarInput.SCHEMA, ForestMetrics.NAMESPACE, ForestMetrics.BARS_IN));
    PCollectionTuple assembled = read.get(ReadRows.CHUNKS).apply("AssembleSeries", new AssembleBarSeries());
    return new Read(assembled.get(AssembleBarSeries.SERIES),
        List.of(read.get(ReadRows.REJECTED), assembled.get(AssembleBarSeries.REJECTED)));
  }
}
