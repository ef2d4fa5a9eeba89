package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureMatrix;
import io.quantbeam.models.forest.ImpurityImportance;
import io.quantbeam.models.forest.PermutationImportance;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.PriceScore;
import io.quantbeam.models.forest.TreeParameters;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The spec's workflow for every symbol, as independent units of work:
 *
 * <ol>
 *   <li>prepare the symbol's matrices once into the work folder (or report it as too small);
 *   <li>one task per (symbol, grid point, sub-forest), spread over the workers, each growing a
 *       sub-forest on the training rows and predicting the validation rows;
 *   <li>per grid point, the sub-forests' predictions averaged and the validation MSE;
 *   <li>per symbol, the best grid point (lowest MSE, first in grid order on ties);
 *   <li>one task per final sub-forest with the best parameters on training + validation rows;
 *   <li>per symbol, the test MSE of the averaged predictions and the model file assembled from
 *       the final sub-forests.
 * </ol>
 *
 * Outputs one {@link SymbolResult} per symbol. Only paths and predictions travel between steps;
 * matrices are read from the work folder once per worker, trees go from a task's file to the
 * model file.
 */
public final class GridSearchForests extends PTransform<PCollection<BarSeries>, PCollection<SymbolResult>> {

  static final TupleTag<PreparedRef> PREPARED = new TupleTag<>() {};
  private static final TupleTag<SymbolResult> UNFIT = new TupleTag<>() {};
  private static final TupleTag<SubForestTask> FINAL_TASKS = new TupleTag<>() {};
  private static final TupleTag<SymbolGrid> GRIDS = new TupleTag<>() {};
  private static final TupleTag<SubForestResult> FINAL_PARTS = new TupleTag<>() {};

  private final ForestSettings settings;
  private final String modelsWrittenTo;

  public GridSearchForests(ForestSettings settings) {
    this(settings, settings.modelFolder());
  }

  private GridSearchForests(ForestSettings settings, String modelsWrittenTo) {
    this.settings = settings;
    this.modelsWrittenTo = modelsWrittenTo;
  }

  /**
   * The same search, writing the model files into {@code folder} (a run's staging folder) while the
   * results name them in {@link ForestSettings#modelFolder()}, where they are once the run is committed.
   */
  public GridSearchForests writingModelsTo(String folder) {
    return new GridSearchForests(settings, folder);
  }

  @Override
  public PCollection<SymbolResult> expand(PCollection<BarSeries> series) {
    PCollectionTuple prepared = series.apply("PrepareMatrices",
        ParDo.of(new PrepareSymbolsFn(settings, UNFIT)).withOutputTags(PREPARED, TupleTagList.of(UNFIT)));
    prepared.get(UNFIT).setCoder(ForestCoders.SymbolResultCoder.of());
    prepared.get(PREPARED).setCoder(ForestCoders.PreparedRefCoder.of());

    PCollection<GridPointResult> gridPoints = prepared.get(PREPARED)
        .apply("GridTasks", ParDo.of(new GridTasksFn(settings)))
        .setCoder(ForestCoders.SubForestTaskCoder.of())
        .apply("SpreadGridTasks", Reshuffle.viaRandomKey())
        .apply("TrainGridSubForests", ParDo.of(new TrainSubForestFn(settings)))
        .setCoder(ForestCoders.SubForestResultCoder.of())
        .apply("KeyByGridPoint", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptor.of(SymbolPoint.class), TypeDescriptor.of(SubForestResult.class)))
            .via(r -> KV.of(new SymbolPoint(r.symbol(), r.gridPoint()), r)))
        .setCoder(KvCoder.of(SymbolPoint.CODER, ForestCoders.SubForestResultCoder.of()))
        .apply("GroupSubForests", GroupByKey.create())
        .apply("ScoreGridPoints", ParDo.of(new ScoreGridPointFn(settings)))
        .setCoder(ForestCoders.GridPointResultCoder.of());

    PCollectionTuple chosen = gridPoints
        .apply("KeyGridBySymbol", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(GridPointResult.class)))
            .via(p -> KV.of(p.symbol(), p)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ForestCoders.GridPointResultCoder.of()))
        .apply("GroupGridPoints", GroupByKey.create())
        .apply("ChooseBest", ParDo.of(new ChooseBestFn(settings)).withOutputTags(FINAL_TASKS, TupleTagList.of(GRIDS)));
    chosen.get(FINAL_TASKS).setCoder(ForestCoders.SubForestTaskCoder.of());
    chosen.get(GRIDS).setCoder(ForestCoders.SymbolGridCoder.of());

    PCollection<KV<String, SubForestResult>> finalParts = chosen.get(FINAL_TASKS)
        .apply("SpreadFinalTasks", Reshuffle.viaRandomKey())
        .apply("TrainFinalSubForests", ParDo.of(new TrainSubForestFn(settings)))
        .setCoder(ForestCoders.SubForestResultCoder.of())
        .apply("KeyFinalBySymbol", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(SubForestResult.class)))
            .via(r -> KV.of(r.symbol(), r)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ForestCoders.SubForestResultCoder.of()));
    PCollection<KV<String, SymbolGrid>> grids = chosen.get(GRIDS)
        .apply("KeyGrids", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(SymbolGrid.class)))
            .via(g -> KV.of(g.symbol(), g)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ForestCoders.SymbolGridCoder.of()));

    PCollection<SymbolResult> trained = KeyedPCollectionTuple.of(FINAL_PARTS, finalParts).and(GRIDS, grids)
        .apply("JoinFinalWithGrid", CoGroupByKey.create())
        .apply("AssembleModels", ParDo.of(new AssembleModelFn(settings, modelsWrittenTo, FINAL_PARTS, GRIDS)))
        .setCoder(ForestCoders.SymbolResultCoder.of());

    return PCollectionList.of(trained).and(prepared.get(UNFIT))
        .apply("AllSymbols", Flatten.pCollections())
        .setCoder(ForestCoders.SymbolResultCoder.of());
  }

  /** (symbol, grid point): the key that gathers a grid point's sub-forests. */
  record SymbolPoint(String symbol, int gridPoint) {
    static final SymbolPointCoder CODER = new SymbolPointCoder();
  }

  /** Encodes a {@link SymbolPoint} deterministically (the symbol's UTF-8, then the grid point). */
  static final class SymbolPointCoder extends DataCoder<SymbolPoint> {
    private final StringUtf8Coder strings = StringUtf8Coder.of();
    private final VarIntCoder ints = VarIntCoder.of();

    @Override
    void write(SymbolPoint key, DataOutputStream out) throws IOException {
      strings.encode(key.symbol(), out);
      ints.encode(key.gridPoint(), out);
    }

    @Override
    SymbolPoint read(DataInputStream in) throws IOException {
      return new SymbolPoint(strings.decode(in), ints.decode(in));
    }
  }

  /** One task per grid point and sub-forest of a prepared symbol. */
  private static final class GridTasksFn extends DoFn<PreparedRef, SubForestTask> {
    private final ForestSettings settings;

    GridTasksFn(ForestSettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element PreparedRef ref, OutputReceiver<SubForestTask> out) {
      List<TreeParameters> grid = settings.grid();
      for (int point = 0; point < grid.size(); point++) {
        for (int sub = 0; sub < settings.subForests(); sub++) {
          out.output(new SubForestTask(ref.symbol(), ref.path(), Phase.GRID, point, grid.get(point), sub,
              settings.treesPerSubForest()));
        }
      }
    }
  }

  /** Averages a grid point's sub-forests and scores them on the validation rows. */
  private static final class ScoreGridPointFn extends DoFn<KV<SymbolPoint, Iterable<SubForestResult>>, GridPointResult> {
    private final ForestSettings settings;

    ScoreGridPointFn(ForestSettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<SymbolPoint, Iterable<SubForestResult>> element, OutputReceiver<GridPointResult> out)
        throws IOException {
      SymbolPoint key = element.getKey();
      SubForestAverage average = new SubForestAverage(element.getValue(), settings.subForests(),
          key.symbol() + " grid point " + key.gridPoint());
      String path = average.parts().get(0).preparedPath();
      PreparedMatrices matrices = PreparedMatrices.load(path);
      PriceScore score = average.score(matrices.scoringPrices(Phase.GRID), matrices.prepared().target());
      out.output(new GridPointResult(key.symbol(), path, key.gridPoint(), settings.grid().get(key.gridPoint()),
          settings.subForests(), average.trees(), score.mse(), average.seconds(), score.persistenceMse()));
    }
  }

  /** Picks a symbol's best grid point and emits its final sub-forest tasks. */
  private static final class ChooseBestFn extends DoFn<KV<String, Iterable<GridPointResult>>, SubForestTask> {
    private final ForestSettings settings;

    ChooseBestFn(ForestSettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<GridPointResult>> element, MultiOutputReceiver out) {
      List<GridPointResult> points = new ArrayList<>();
      element.getValue().forEach(points::add);
      points.sort(Comparator.comparingInt(GridPointResult::gridPoint));
      if (points.size() != settings.grid().size()) {
        throw new IllegalStateException(element.getKey() + ": expected " + settings.grid().size() + " grid points, got "
            + points.size());
      }
      int best = 0;
      for (int i = 1; i < points.size(); i++) {
        if (points.get(i).validationMse() < points.get(best).validationMse()) {
          best = i;
        }
      }
      GridPointResult winner = points.get(best);
      for (int sub = 0; sub < settings.finalSubForests(); sub++) {
        out.get(FINAL_TASKS).output(new SubForestTask(winner.symbol(), winner.preparedPath(), Phase.FINAL,
            winner.gridPoint(), winner.parameters(), sub, settings.treesPerSubForest()));
      }
      out.get(GRIDS).output(new SymbolGrid(element.getKey(), winner.preparedPath(), best, points));
    }
  }

  /** Scores the final sub-forests on the test rows and writes them into the symbol's model file. */
  private static final class AssembleModelFn extends DoFn<KV<String, CoGbkResult>, SymbolResult> {
    private final ForestSettings settings;
    private final String modelsWrittenTo;
    private final TupleTag<SubForestResult> partsTag;
    private final TupleTag<SymbolGrid> gridTag;
    private final Counter trainedSymbols = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS_TRAINED);

    AssembleModelFn(ForestSettings settings, String modelsWrittenTo, TupleTag<SubForestResult> partsTag,
        TupleTag<SymbolGrid> gridTag) {
      this.settings = settings;
      this.modelsWrittenTo = modelsWrittenTo;
      this.partsTag = partsTag;
      this.gridTag = gridTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> element, OutputReceiver<SymbolResult> out)
        throws IOException {
      String symbol = element.getKey();
      SymbolGrid grid = element.getValue().getOnly(gridTag);
      SubForestAverage average = new SubForestAverage(element.getValue().getAll(partsTag), settings.finalSubForests(),
          symbol + " final model");
      PreparedMatrices matrices = PreparedMatrices.load(grid.preparedPath());
      PriceScore test = average.score(matrices.scoringPrices(Phase.FINAL), matrices.prepared().target());
      String modelPath = ForestFiles.modelPath(settings.modelFolder(), symbol);
      FeatureMatrix testRows = matrices.scoringRows(Phase.FINAL);
      ImpurityImportance impurity = new ImpurityImportance(testRows.featureCount());
      PermutationImportance permutation = new PermutationImportance(testRows, matrices.scoringPrices(Phase.FINAL),
          matrices.prepared().target(), settings.seed(), symbol);
      ModelAssembly.write(ForestFiles.modelPath(modelsWrittenTo, symbol), average.parts(), settings.finalTrees(), forest -> {
        impurity.add(forest);
        permutation.add(forest);
      });
      GridPointResult best = grid.bestPoint();
      double gridSeconds = grid.points().stream().mapToDouble(GridPointResult::trainSeconds).sum();
      PreparedSymbol prepared = matrices.prepared();
      trainedSymbols.inc();
      out.output(new SymbolResult(symbol, SymbolResult.Status.TRAINED, prepared.bars(), prepared.train().rows(),
          prepared.validation().rows(), prepared.test().rows(), best.gridPoint(), best.parameters(), best.validationMse(),
          test.mse(), average.trees(), modelPath, gridSeconds + average.seconds(), "", grid.points(),
          best.persistenceMse(), test.persistenceMse(), testRows.featureNames(), impurity.importances(),
          permutation.importances()));
    }
  }
}
