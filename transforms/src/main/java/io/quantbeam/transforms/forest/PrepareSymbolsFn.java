package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.TypicalPriceFeatures;
import java.io.IOException;
import java.util.Locale;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Builds a symbol's features, target and split, and writes the matrices once to the work folder;
 * a symbol with too little data becomes a {@link SymbolResult} that says so instead.
 */
final class PrepareSymbolsFn extends DoFn<BarSeries, PreparedRef> {

  private final ForestSettings settings;
  private final TupleTag<SymbolResult> unfit;
  private final Counter trainRows = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.TRAIN_ROWS);
  private final Counter validationRows = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.VALIDATION_ROWS);
  private final Counter testRows = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.TEST_ROWS);
  private final Counter insufficient = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS_INSUFFICIENT);
  private final Counter insufficientBars = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_INSUFFICIENT);
  private transient TypicalPriceFeatures features;

  PrepareSymbolsFn(ForestSettings settings, TupleTag<SymbolResult> unfit) {
    this.settings = settings;
    this.unfit = unfit;
  }

  @Setup
  public void setup() {
    features = new TypicalPriceFeatures(settings.layout(), settings.split());
  }

  @ProcessElement
  public void process(@Element BarSeries series, MultiOutputReceiver out) throws IOException {
    PreparedSymbol prepared = features.prepare(series, settings.seed());
    int train = prepared.train().rows();
    int validation = prepared.validation().rows();
    int test = prepared.test().rows();
    String shortage = shortage(prepared);
    if (shortage != null) {
      insufficient.inc();
      insufficientBars.inc(series.size());
      out.get(unfit).output(SymbolResult.insufficient(series.symbol(), series.size(), train, validation, test, shortage));
      return;
    }
    trainRows.inc(train);
    validationRows.inc(validation);
    testRows.inc(test);
    String path = ForestFiles.preparedPath(settings, series.symbol());
    ForestFiles.writePrepared(path, prepared);
    out.get(GridSearchForests.PREPARED).output(new PreparedRef(series.symbol(), path));
  }

  /** Why the symbol cannot be trained, or null. */
  private String shortage(PreparedSymbol p) {
    if (p.train().rows() >= settings.minTrainRows() && p.validation().rows() > 0 && p.test().rows() > 0) {
      return null;
    }
    return String.format(Locale.ROOT, "too little data: %d bars give %d train, %d validation and %d test rows; "
        + "training needs at least %d train rows and one validation and one test row", p.bars(), p.train().rows(),
        p.validation().rows(), p.test().rows(), settings.minTrainRows());
  }
}
