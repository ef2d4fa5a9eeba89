package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.RegressionTree;
import java.io.IOException;
import java.util.Map;
import io.quantbeam.transforms.progress.ProgressCounters;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Predicts the next minute's TYPPRICE for every bar of every symbol that has a saved model, with
 * the features the model was trained on. Models are loaded once per worker JVM. A symbol without
 * a model comes out with status {@code no_model} and is counted, not dropped.
 */
public final class ScoreBars extends PTransform<PCollection<BarSeries>, PCollection<ScoredSeries>> {

  private static final WorkerCache<ForestModel> MODELS = new WorkerCache<>(WorkerCache.quarterOfHeap(), ScoreBars::weightBytes);

  private final Map<String, String> modelBySymbol;
  private final Map<String, FeatureLayout> layoutBySymbol;

  /**
   * @param modelBySymbol model file of each symbol
   * @param layoutBySymbol the features each symbol's model expects
   */
  public ScoreBars(Map<String, String> modelBySymbol, Map<String, FeatureLayout> layoutBySymbol) {
    this.modelBySymbol = Map.copyOf(modelBySymbol);
    this.layoutBySymbol = Map.copyOf(layoutBySymbol);
  }

  @Override
  public PCollection<ScoredSeries> expand(PCollection<BarSeries> series) {
    return series.apply("Predict", ParDo.of(new ScoreFn(modelBySymbol, layoutBySymbol))).setCoder(ScoredSeriesCoder.of());
  }

  private static long weightBytes(ForestModel model) {
    long nodes = 0;
    for (RegressionTree tree : model.forest().trees()) {
      nodes += tree.nodeCount();
    }
    return nodes * 20; // 17 bytes a node in RegressionTree's arrays, plus array headers and slack
  }

  private static final class ScoreFn extends DoFn<BarSeries, ScoredSeries> {
    private final Map<String, String> modelBySymbol;
    private final Map<String, FeatureLayout> layoutBySymbol;
    private final Counter scored = ProgressCounters.counter(ForestMetrics.NAMESPACE, ForestMetrics.ROWS_SCORED);
    private final Counter withoutLags = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_WITHOUT_LAGS);
    private final Counter withoutModel = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_WITHOUT_MODEL);

    ScoreFn(Map<String, String> modelBySymbol, Map<String, FeatureLayout> layoutBySymbol) {
      this.modelBySymbol = modelBySymbol;
      this.layoutBySymbol = layoutBySymbol;
    }

    @ProcessElement
    public void process(@Element BarSeries series, OutputReceiver<ScoredSeries> out) throws IOException {
      String path = modelBySymbol.get(series.symbol());
      if (path == null) {
        withoutModel.inc(series.size());
        out.output(new ScoredSeries(series.symbol(), ScoredSeries.NO_MODEL, series.size(), "", new long[0], new double[0],
            new double[0], new double[0]));
        return;
      }
      ForestModel model = MODELS.get(path, ForestFiles::readModel);
      FeatureLayout layout = layoutBySymbol.get(series.symbol());
      int first = layout.firstRow();
      int rows = Math.max(0, series.size() - first);
      long[] seconds = new long[rows];
      double[] price = new double[rows];
      double[] predicted = new double[rows];
      double[] actual = new double[rows];
      double[] features = new double[layout.featureCount()];
      for (int r = 0; r < rows; r++) {
        int i = first + r;
        layout.features(series, i, features);
        seconds[r] = series.localSeconds(i);
        price[r] = series.typicalPrice(i);
        predicted[r] = layout.target().toPrice(model.predict(features), price[r]);
        actual[r] = i + 1 < series.size() ? series.typicalPrice(i + 1) : Double.NaN;
      }
      scored.inc(rows);
      withoutLags.inc(series.size() - rows);
      out.output(new ScoredSeries(series.symbol(), ScoredSeries.SCORED, series.size(), path, seconds, price, predicted,
          actual));
    }
  }
}
