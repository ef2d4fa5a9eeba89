package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.OpenCheckedFiles;
import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.deadletter.DeadLetterCoder;
import io.quantbeam.transforms.stress.ScenarioRow;
import io.quantbeam.transforms.stress.ScenarioRowParser;
import io.quantbeam.transforms.stress.StressCoders;
import io.quantbeam.transforms.stress.StressMetrics;
import java.io.IOException;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the checked scenario files (CSV or Parquet by extension) into validated rows aligned to the run's
 * layout ({@link #ROWS}); rows that cannot be used go to {@link #REJECTED} with file, line and
 * reason.
 */
final class ReadScenarioFiles extends PTransform<PBegin, PCollectionTuple> {

  static final TupleTag<ScenarioRow> ROWS = new TupleTag<>() {};
  static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final CheckedInput input;
  private final ScenarioLayout layout;

  /** @param input the scenario files as {@link ScenarioFiles#check} found them */
  ReadScenarioFiles(CheckedInput input, ScenarioLayout layout) {
    this.input = input;
    this.layout = layout;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("Open", new OpenCheckedFiles(input))
        .apply("Parse", ParDo.of(new ParseFn(layout, input.formats())).withOutputTags(ROWS, TupleTagList.of(REJECTED)));
    out.get(ROWS).setCoder(StressCoders.scenarioRow());
    out.get(REJECTED).setCoder(DeadLetterCoder.of());
    return out;
  }

  private static final class ParseFn extends DoFn<FileIO.ReadableFile, ScenarioRow> {
    private final ScenarioLayout layout;
    private final Map<String, FileFormat> formats;
    private final Counter rowsIn = Metrics.counter(StressMetrics.NAMESPACE, StressMetrics.SCENARIOS_IN);

    ParseFn(ScenarioLayout layout, Map<String, FileFormat> formats) {
      this.layout = layout;
      this.formats = formats;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      long rows = 0;
      try (TabularReader reader = TabularReader.open(file, formats.get(source))) {
        ScenarioRowParser parser = new ScenarioRowParser(source, reader.header(), layout);
        while (reader.next()) {
          rows++;
          ScenarioRowParser.Result result = parser.parse(reader.row(), reader.malformation());
          if (result.row() != null) {
            out.get(ROWS).output(result.row());
          } else {
            out.get(REJECTED).output(result.rejection());
          }
        }
      }
      rowsIn.inc(rows);
    }
  }
}
