package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.report.ReportFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * Builds the report from the collated figures of each series, the histogram and the count of
 * rejected scenarios, and writes {@code report.json}, {@code report.txt} and {@code report.html}:
 * each to a temp name first and then renamed, so a file is complete or absent. One small step,
 * where three TextIO writes would add some forty transforms for the runner to schedule.
 */
final class WriteReport extends PTransform<PCollection<KV<Integer, SeriesFigures>>, PDone> {

  static final String NAME = "report";

  private final ReportContext context;
  private final PCollectionView<Histogram> histogram;
  private final PCollectionView<Long> scenariosRejected;
  private final PCollectionView<Iterable<RiskContributions>> contributions;
  private final String output;

  /** @param contributions one element, or none when no scenario was evaluated */
  WriteReport(ReportContext context, PCollectionView<Histogram> histogram, PCollectionView<Long> scenariosRejected,
      PCollectionView<Iterable<RiskContributions>> contributions, String output) {
    this.context = context;
    this.histogram = histogram;
    this.scenariosRejected = scenariosRejected;
    this.contributions = contributions;
    this.output = output;
  }

  @Override
  public PDone expand(PCollection<KV<Integer, SeriesFigures>> figures) {
    PCollectionView<Map<Integer, SeriesFigures>> figuresView = figures.apply("FiguresView", View.asMap());
    figures.getPipeline()
        .apply("Once", Create.of(NAME))
        .apply("RenderAndWrite", ParDo.of(new RenderFn(context, figuresView, histogram, scenariosRejected,
                contributions, output))
            .withSideInputs(figuresView, histogram, scenariosRejected, contributions));
    return PDone.in(figures.getPipeline());
  }

  private static final class RenderFn extends DoFn<String, Void> {
    private final ReportContext context;
    private final PCollectionView<Map<Integer, SeriesFigures>> figures;
    private final PCollectionView<Histogram> histogram;
    private final PCollectionView<Long> scenariosRejected;
    private final PCollectionView<Iterable<RiskContributions>> contributions;
    private final String output;

    RenderFn(ReportContext context, PCollectionView<Map<Integer, SeriesFigures>> figures,
        PCollectionView<Histogram> histogram, PCollectionView<Long> scenariosRejected,
        PCollectionView<Iterable<RiskContributions>> contributions, String output) {
      this.context = context;
      this.figures = figures;
      this.histogram = histogram;
      this.scenariosRejected = scenariosRejected;
      this.contributions = contributions;
      this.output = output;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      StressReport report = new StressReport(context, c.sideInput(figures), c.sideInput(histogram),
          c.sideInput(scenariosRejected), first(c.sideInput(contributions)));
      write(".json", report.toJson() + "\n", "application/json");
      write(".txt", report.toText(), "text/plain");
      write(".html", report.toHtml("Stress test"), "text/html");
    }

    private static RiskContributions first(Iterable<RiskContributions> all) {
      java.util.Iterator<RiskContributions> it = all.iterator();
      return it.hasNext() ? it.next() : null;
    }

    private void write(String suffix, String text, String mimeType) throws IOException {
      String temp = "." + NAME + suffix + "." + UUID.randomUUID() + ".tmp";
      ReportFiles.write(output, temp, text, mimeType);
      ResourceId from = FileSystems.matchNewResource(OutputPaths.child(output, temp), false);
      ResourceId to = FileSystems.matchNewResource(OutputPaths.child(output, NAME + suffix), false);
      FileSystems.rename(List.of(from), List.of(to), StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
