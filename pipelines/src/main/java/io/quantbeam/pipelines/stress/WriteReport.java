package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.SeriesFigures;
import java.util.Map;
import io.quantbeam.pipelines.io.OutputPaths;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Builds the report from the collated figures of each series, the histogram and the count of
 * rejected scenarios, and writes {@code report.json}, {@code report.txt} and {@code report.html} (each
 * complete or not at all).
 */
final class WriteReport extends PTransform<PCollection<KV<Integer, SeriesFigures>>, PDone> {

  static final String NAME = "report";
  private static final TupleTag<String> JSON = new TupleTag<>() {};
  private static final TupleTag<String> TEXT = new TupleTag<>() {};
  private static final TupleTag<String> HTML = new TupleTag<>() {};

  private final ReportContext context;
  private final PCollectionView<Histogram> histogram;
  private final PCollectionView<Long> scenariosRejected;
  private final String output;

  WriteReport(ReportContext context, PCollectionView<Histogram> histogram, PCollectionView<Long> scenariosRejected,
      String output) {
    this.context = context;
    this.histogram = histogram;
    this.scenariosRejected = scenariosRejected;
    this.output = output;
  }

  @Override
  public PDone expand(PCollection<KV<Integer, SeriesFigures>> figures) {
    PCollectionView<Map<Integer, SeriesFigures>> figuresView = figures.apply("FiguresView", View.asMap());
    PCollectionTuple rendered = figures.getPipeline()
        .apply("Once", Create.of(NAME))
        .apply("Render", ParDo.of(new RenderFn(context, figuresView, histogram, scenariosRejected))
            .withSideInputs(figuresView, histogram, scenariosRejected)
            .withOutputTags(JSON, TupleTagList.of(TEXT).and(HTML)));
    String prefix = OutputPaths.child(output, NAME);
    rendered.get(JSON).setCoder(StringUtf8Coder.of())
        .apply("WriteJson", TextIO.write().to(prefix).withSuffix(".json").withoutSharding());
    rendered.get(TEXT).setCoder(StringUtf8Coder.of())
        .apply("WriteText", TextIO.write().to(prefix).withSuffix(".txt").withoutSharding());
    rendered.get(HTML).setCoder(StringUtf8Coder.of())
        .apply("WriteHtml", TextIO.write().to(prefix).withSuffix(".html").withoutSharding());
    return PDone.in(figures.getPipeline());
  }

  private static final class RenderFn extends DoFn<String, String> {
    private final ReportContext context;
    private final PCollectionView<Map<Integer, SeriesFigures>> figures;
    private final PCollectionView<Histogram> histogram;
    private final PCollectionView<Long> scenariosRejected;

    RenderFn(ReportContext context, PCollectionView<Map<Integer, SeriesFigures>> figures,
        PCollectionView<Histogram> histogram, PCollectionView<Long> scenariosRejected) {
      this.context = context;
      this.figures = figures;
      this.histogram = histogram;
      this.scenariosRejected = scenariosRejected;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      StressReport report = new StressReport(context, c.sideInput(figures), c.sideInput(histogram),
          c.sideInput(scenariosRejected));
      c.output(JSON, report.toJson());
      c.output(TEXT, report.toText());
      c.output(HTML, report.toHtml("Stress test"));
    }
  }
}
