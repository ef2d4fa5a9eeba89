package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.forest.FeatureMatrix;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.RandomForest;
import io.quantbeam.models.forest.RandomForestLearner;
import io.quantbeam.models.forest.TreeSeeds;
import java.io.IOException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Grows one sub-forest: loads the symbol's matrices (once per worker), trains the sub-forest's
 * trees from their own seeds, and predicts the rows it is scored on. A final-model sub-forest is
 * also written to the work folder as a model file of its own, to be assembled later.
 */
final class TrainSubForestFn extends DoFn<SubForestTask, SubForestResult> {

  private final ForestSettings settings;
  private final Counter subForests = ProgressCounters.counter(ForestMetrics.NAMESPACE, ForestMetrics.SUB_FORESTS);
  private final Counter trees = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.TREES);
  private final Counter trainMillis = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.TRAIN_MILLIS);
  private transient RandomForestLearner learner;

  TrainSubForestFn(ForestSettings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() {
    learner = RandomForestLearner.bootstrap();
  }

  @ProcessElement
  public void process(@Element SubForestTask task, OutputReceiver<SubForestResult> out) throws IOException {
    PreparedMatrices matrices = PreparedMatrices.load(task.preparedPath());
    FeatureMatrix training = matrices.trainingRows(task.phase());
    long[] seeds = TreeSeeds.subForestSeeds(settings.seed(), task.symbol(), task.gridPoint(), task.subForest(), task.trees());
    long started = System.nanoTime();
    RandomForest forest = learner.train(training, task.parameters(), seeds);
    long nanos = System.nanoTime() - started;
    double[] predictions = forest.predict(matrices.scoringRows(task.phase()));
    String partPath = "";
    if (task.phase() == Phase.FINAL) {
      partPath = ForestFiles.partPath(settings, task.symbol(), task.subForest());
      ForestFiles.writeModel(partPath, new ForestModel(task.symbol(), training.featureNames(), task.parameters(),
          settings.seed(), task.gridPoint(), training.rows(), forest));
    }
    subForests.inc();
    trees.inc(task.trees());
    trainMillis.inc(nanos / 1_000_000);
    out.output(new SubForestResult(task.symbol(), task.preparedPath(), task.phase(), task.gridPoint(), task.subForest(),
        task.trees(), nanos / 1e9, predictions, partPath));
  }
}
