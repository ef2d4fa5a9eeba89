package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.FeatureMatrix;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.PriceRows;
import java.io.IOException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * A symbol's prepared matrices as a worker holds them: loaded from the work folder once per
 * worker JVM (a static {@link WorkerCache} keyed by path) and shared by every sub-forest task of
 * that symbol on the worker, with the training-plus-validation matrix of the final model built
 * once on first use. Feature sort orders are cached inside the matrices, so they too are computed
 * once per worker.
 */
final class PreparedMatrices {

  private static final WorkerCache<PreparedMatrices> CACHE = new WorkerCache<>(WorkerCache.quarterOfHeap(),
      PreparedMatrices::weightBytes);
  private static final Counter LOADS = Metrics.counter(ForestMetrics.NAMESPACE, "prepared_loads");

  private final PreparedSymbol prepared;
  private volatile FeatureMatrix trainAndValidation;

  private PreparedMatrices(PreparedSymbol prepared) {
    this.prepared = prepared;
  }

  static PreparedMatrices load(String path) throws IOException {
    return CACHE.get(path, p -> {
      LOADS.inc();
      return new PreparedMatrices(ForestFiles.readPrepared(p));
    });
  }

  PreparedSymbol prepared() {
    return prepared;
  }

  /** The rows a phase's forest learns from. */
  FeatureMatrix trainingRows(Phase phase) {
    return phase == Phase.GRID ? prepared.train() : trainAndValidation();
  }

  /** Current and next TYPPRICE of the rows a phase's forest is scored on. */
  PriceRows scoringPrices(Phase phase) {
    return phase == Phase.GRID ? prepared.validationPrices() : prepared.testPrices();
  }

  /** The rows a phase's forest is scored on. */
  FeatureMatrix scoringRows(Phase phase) {
    return phase == Phase.GRID ? prepared.validation() : prepared.test();
  }

  private FeatureMatrix trainAndValidation() {
    FeatureMatrix joined = trainAndValidation;
    if (joined == null) {
      synchronized (this) {
        joined = trainAndValidation;
        if (joined == null) {
          joined = prepared.trainAndValidation();
          trainAndValidation = joined;
        }
      }
    }
    return joined;
  }

  /** Values, targets, sort orders, and the joined copy: about 2.6 x the matrices' doubles. */
  private static long weightBytes(PreparedMatrices m) {
    long cells = (long) m.prepared.usableRows() * (m.prepared.train().featureCount() + 1);
    return (long) (cells * Double.BYTES * 2.6);
  }
}
