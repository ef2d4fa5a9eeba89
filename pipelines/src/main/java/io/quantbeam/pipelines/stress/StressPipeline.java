package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.PortfolioSnapshot;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.models.stress.TailContributions;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RowBalance;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.deadletter.DeadLetterCoder;
import io.quantbeam.transforms.stress.CollatePnl;
import io.quantbeam.transforms.stress.ContributeTail;
import io.quantbeam.transforms.stress.FindDuplicateIds;
import io.quantbeam.transforms.stress.GroupScenariosIntoShards;
import io.quantbeam.transforms.stress.PnlHistogram;
import io.quantbeam.transforms.stress.RevaluationSettings;
import io.quantbeam.transforms.stress.RevalueShards;
import io.quantbeam.transforms.stress.ScenarioRange;
import io.quantbeam.transforms.stress.ScenarioRow;
import io.quantbeam.transforms.stress.ShardScenarios;
import io.quantbeam.transforms.stress.StressCoders;
import io.quantbeam.transforms.stress.StressMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The scenario stress test of specs/stress.md: read and check the inputs → shard the scenarios →
 * revalue each shard against the portfolio (side input) → write the P&amp;L per scenario, collate
 * exact tail statistics, histogram → write the report, with rejected rows under
 * {@code <output>/dead-letter/} and the report printed at the end.
 */
public final class StressPipeline {

  static final String SAMPLE_OUTPUT = "out/stress";
  static final int WORST_TO_LIST = 10;

  private StressPipeline() {}

  /** The catalog entry: {@code -Dpipeline=stress}. */
  public static final PipelineEntry<StressOptions> ENTRY = new PipelineEntry<>("stress",
      "Portfolio revalued under many scenarios: exact VaR and ES per book and in total", StressOptions.class,
      StressPipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  /** Checks the options and inputs, runs to the end, prints the report. */
  public static PipelineResult run(StressOptions options) {
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    List<ConfidenceLevel> varLevels = levels("confidence", options.getConfidence());
    List<ConfidenceLevel> esLevels = levels("esConfidence", options.getEsConfidence());
    if (options.getShardSize() < 1) {
      throw new IllegalArgumentException("--shardSize must be >= 1, got " + options.getShardSize());
    }
    if (options.getHistogramBins() < 1) {
      throw new IllegalArgumentException("--histogramBins must be >= 1, got " + options.getHistogramBins());
    }
    String output = options.getOutput() != null ? options.getOutput() : SAMPLE_OUTPUT;
    PipelineRun run = ENTRY.start(options);

    StressInputs inputs;
    try {
      inputs = StressInputs.load(options, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the inputs or prepare " + output + ": " + e.getMessage(), e);
    }
    PortfolioSnapshot portfolio = new PortfolioSnapshot(inputs.market(), inputs.positions());
    PortfolioRevaluer revaluer = portfolio.revaluer(inputs.scenarios().layout());
    ReportContext context = new ReportContext(inputs.market().baseCurrency(), revaluer.books(),
        revaluer.baseValueByBook(), revaluer.baseValue(), revaluer.positions(), varLevels, esLevels, WORST_TO_LIST,
        inputs.invalidPositions(), inputs.scenarioSource(), inputs.scenarios() instanceof StressInputs.History h
            ? new ReportContext.History(h.loaded().notInHistory(), h.loaded().rejected().size()) : null);

    OutputStaging staging = run.stage(output, List.of(PnlSinks.PREFIX + "-*", ContributionSinks.PREFIX + "-*",
        DeadLetterOutput.FOLDER + "/*", WriteReport.NAME + ".*"));
    Pipeline pipeline = Pipeline.create(options);
    PCollectionView<PortfolioSnapshot> portfolioView = pipeline
        .apply("Portfolio", Create.of(portfolio).withCoder(SerializableCoder.of(PortfolioSnapshot.class)))
        .apply("PortfolioView", View.asSingleton());
    List<PCollection<DeadLetter>> scenarioRejections = new ArrayList<>();
    PCollectionTuple revalued;
    /** The second pass over the same shards, once the tail is known. */
    Function<PCollectionView<ContributeTail.TailRanks>, PCollection<TailContributions>> contributionPass;
    long shardsTotal = 0;
    if (inputs.scenarios() instanceof StressInputs.Generated generated) {
      PCollectionView<Long> bound = pipeline
          .apply("ScenarioCount", Create.of(generated.count()).withCoder(VarLongCoder.of()))
          .apply("ScenarioBound", View.asSingleton());
      RevaluationSettings settings = new RevaluationSettings(portfolioView, generated.layout(), bound,
          context.allLevels(), WORST_TO_LIST);
      shardsTotal = (generated.count() + options.getShardSize() - 1) / options.getShardSize();
      PCollection<ScenarioRange> shards = pipeline
          .apply("ShardScenarios", new ShardScenarios(generated.count(), options.getShardSize()));
      revalued = shards.apply("RevalueShards", RevalueShards.generated(generated.covariance(), generated.seed(), settings));
      contributionPass = tail -> shards.apply("Contributions",
          ContributeTail.generated(generated.covariance(), generated.seed(), portfolioView, tail));
    } else {
      PCollection<ScenarioRow> rows;
      if (inputs.scenarios() instanceof StressInputs.History history) {
        rows = pipeline.apply("HistoricalScenarios", Create.of(history.loaded().scenarios())
                .withCoder(StressCoders.scenarioRow()))
            .apply("CountScenariosIn", ParDo.of(new CountScenariosIn()));
      } else {
        StressInputs.Files files = (StressInputs.Files) inputs.scenarios();
        PCollectionTuple read = pipeline.apply("ReadScenarios", new ReadScenarioFiles(files.input(), files.layout()));
        rows = read.get(ReadScenarioFiles.ROWS);
        scenarioRejections.add(read.get(ReadScenarioFiles.REJECTED));
      }
      ScenarioLayout layout = inputs.scenarios().layout();
      PCollectionView<Long> bound = rows.apply("CountRows", Count.globally()).apply("ScenarioBound", View.asSingleton());
      RevaluationSettings settings = new RevaluationSettings(portfolioView, layout, bound,
          context.allLevels(), WORST_TO_LIST);
      PCollection<KV<Integer, Iterable<ScenarioRow>>> shards = rows
          .apply("ShardScenarios", new GroupScenariosIntoShards(options.getShardSize()));
      PCollectionView<Map<Long, Integer>> duplicates = rows.apply("FindDuplicateIds", new FindDuplicateIds(bound));
      revalued = shards.apply("RevalueShards", RevalueShards.fromRows(settings, duplicates));
      contributionPass = tail -> shards.apply("Contributions",
          ContributeTail.fromRows(layout, portfolioView, tail));
    }
    scenarioRejections.add(revalued.get(RevalueShards.REJECTED));

    PCollection<PnlBlock> pnl = revalued.get(RevalueShards.PNL);
    pnl.apply("WritePnl", PnlSinks.table(revaluer.books()).writeTo(staging.location(), PnlSinks.PREFIX, outputFormat));
    PCollection<KV<Integer, SeriesFigures>> figures = revalued.get(RevalueShards.SERIES)
        .apply("CollatePnl", new CollatePnl(context.allLevels(), WORST_TO_LIST));
    PCollectionView<Histogram> histogram = pnl
        .apply("Histogram", new PnlHistogram(PnlHistogram.edgesView(figures, options.getHistogramBins())))
        .apply("HistogramView", View.asSingleton());
    PCollection<DeadLetter> rejectedScenarios = PCollectionList.of(scenarioRejections)
        .apply("ScenarioRejections", Flatten.pCollections());
    PCollectionView<Long> rejectedCount = rejectedScenarios.apply("CountRejected", Count.globally())
        .apply("RejectedView", View.asSingleton());
    RiskContributions.Layout contributionLayout = new RiskContributions.Layout(revaluer.positionIds(),
        revaluer.positionBooks(), revaluer.books(), RiskContributions.Layout.distinct(context.allLevels()));
    PCollection<RiskContributions> contributions = contributionPass
        .apply(ContributeTail.tailView(figures, contributionLayout.levels()))
        .apply("NameContributions", MapElements.into(TypeDescriptor.of(RiskContributions.class))
            .via(contributionLayout::of))
        .setCoder(SerializableCoder.of(RiskContributions.class));
    contributions.apply("WriteContributions", ContributionSinks.TABLE.writeTo(staging.location(), ContributionSinks.PREFIX,
        outputFormat));
    figures.apply("WriteReport", new WriteReport(context, histogram, rejectedCount,
        contributions.apply("ContributionsView", View.asIterable()), staging.location()));
    PCollection<DeadLetter> rejectedPositions = pipeline.apply("InvalidPositions",
        Create.of(inputs.rejectedBeforeRun()).withCoder(DeadLetterCoder.of()));
    DeadLetterOutput.write(PCollectionList.of(rejectedPositions).and(rejectedScenarios)
        .apply("AllRejected", Flatten.pCollections()), staging.location(), StressMetrics.NAMESPACE);

    System.out.printf(Locale.ROOT, "stress  %s: %,d positions × %s, %s runner%n", inputs.description(),
        revaluer.positions(), inputs.scenarios() instanceof StressInputs.Generated g
            ? String.format(Locale.ROOT, "%,d generated scenarios in %,d shards", g.count(), shardsTotal)
            : "scenario files", Runners.name(options));
    long expected = inputs.scenarios() instanceof StressInputs.Generated g ? g.count() : 0;
    PipelineResult result = run.execute(pipeline, Progress.of(StressMetrics.NAMESPACE,
        StressMetrics.SCENARIOS_EVALUATED, "scenarios", () -> expected)
        .withRate(StressMetrics.POSITION_REVALUATIONS, "revaluations"), staging);
    RunMetrics metrics = RunMetrics.of(result, StressMetrics.NAMESPACE);
    run.finish(output, null, manifest -> manifest
            .inputs(inputs.files())
            .outputsIn(output, List.of(DeadLetterOutput.FOLDER))
            .counts(metrics.all()),
        summary(result, metrics, inputs.rejectedBeforeRun().size(), output, outputFormat, run.seconds()));
    PipelineRun.requireSomeAccepted(metrics.counter(StressMetrics.SCENARIOS_IN),
        metrics.counter(DeadLetterOutput.REJECTED) - inputs.rejectedBeforeRun().size(), "scenarios", output);
    return result;
  }

  private static List<ConfidenceLevel> levels(String option, String text) {
    List<ConfidenceLevel> levels = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        try {
          levels.add(ConfidenceLevel.parse(part));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--" + option + ": " + e.getMessage());
        }
      }
    }
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("--" + option + " needs at least one level, e.g. 0.99");
    }
    return levels;
  }

  /** @param rejectedBeforeRun dead letters that are not scenarios: invalid positions, bad history rows */
  private static String summary(PipelineResult result, RunMetrics m, int rejectedBeforeRun, String output,
      FileFormat format, double seconds) {
    long scenarios = m.counter(StressMetrics.SCENARIOS_EVALUATED);
    long revaluations = m.counter(StressMetrics.POSITION_REVALUATIONS);
    double revaluationSeconds = m.counter(StressMetrics.REVALUATION_NANOS) / 1e9;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%nstress  %s%n", result.getState()));
    s.append(readReportText(output));
    long in = m.counter(StressMetrics.SCENARIOS_IN);
    long rejected = m.counter(DeadLetterOutput.REJECTED) - rejectedBeforeRun;
    s.append(String.format(Locale.ROOT, "  %-16s %s%n", "scenarios in",
        RowBalance.of(in).part(scenarios, "evaluated").part(rejected, "rejected").text()));
    s.append(String.format(Locale.ROOT, "  %-16s %.1f s end to end: %,.0f scenarios/s, %,.0f position revaluations/s"
        + " (%,.0f per second of revaluation on one core)%n", "wall time", seconds, scenarios / seconds,
        revaluations / seconds, revaluations / Math.max(revaluationSeconds, 1e-9)));
    s.append(String.format(Locale.ROOT, "  %-16s %s (.json, .txt), run.json%n", "report",
        OutputPaths.child(output, WriteReport.NAME + ".html")));
    s.append(String.format(Locale.ROOT, "  %-16s %s%n", "P&L", OutputPaths.child(output, PnlSinks.PREFIX + "-*"
        + format.suffix())));
    s.append(String.format(Locale.ROOT, "  %-16s %s (%,d rows)%n", "dead letters",
        OutputPaths.child(output, DeadLetterOutput.FOLDER + "/"), m.counter(DeadLetterOutput.REJECTED)));
    return s.toString();
  }

  /** Counts historical scenarios in, as reading scenario files does. */
  private static final class CountScenariosIn extends DoFn<ScenarioRow, ScenarioRow> {
    private final Counter in = Metrics.counter(StressMetrics.NAMESPACE, StressMetrics.SCENARIOS_IN);

    @ProcessElement
    public void process(@Element ScenarioRow row, OutputReceiver<ScenarioRow> out) {
      in.inc();
      out.output(row);
    }
  }

  private static String readReportText(String output) {
    String path = OutputPaths.child(output, WriteReport.NAME + ".txt");
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "  (no report: " + e.getMessage() + ")" + System.lineSeparator();
    }
  }
}
