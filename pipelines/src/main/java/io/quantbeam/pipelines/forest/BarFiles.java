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
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/** Minute-bar files through the one input path: checked before the run, read, assembled per symbol. */
final class BarFiles {

  private BarFiles() {}

  /** The checked files, each symbol's series, and the rows rejected on the way. */
  record Read(CheckedInput input, PCollection<BarSeries> series, List<PCollection<DeadLetter>> rejected) {}

  /** Checks {@code --input} (fails fast naming the file and its missing columns), then adds the reading steps. */
  static Read read(Pipeline pipeline, String pattern, String formatOption) throws IOException {
    CheckedInput input = InputFiles.check("input", pattern, InputFiles.formatOption("inputFormat", formatOption),
        BarInput.SCHEMA);
    PCollectionTuple read = pipeline.apply("ReadBars",
        new ReadRows(input, BarInput.SCHEMA, ForestMetrics.NAMESPACE, ForestMetrics.BARS_IN));
    PCollectionTuple assembled = read.get(ReadRows.CHUNKS).apply("AssembleSeries", new AssembleBarSeries());
    return new Read(input, assembled.get(AssembleBarSeries.SERIES),
        List.of(read.get(ReadRows.REJECTED), assembled.get(AssembleBarSeries.REJECTED)));
  }
}
