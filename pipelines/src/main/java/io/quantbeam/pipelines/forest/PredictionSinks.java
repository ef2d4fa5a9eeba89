package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.transforms.forest.ScoredSeries;
import io.quantbeam.transforms.forest.Timestamps;

/**
 * {@code forest-score}'s predictions, one symbol per batch: symbol, timestamp of the bar whose
 * features were used, its TYPPRICE, the predicted TYPPRICE of the next bar and the actual one
 * (empty / null for a series' last bar).
 */
final class PredictionSinks {

  static final OutputTable<ScoredSeries> TABLE = OutputTable.<ScoredSeries>named("forest_predictions",
          ScoredSeries::size)
      .text("symbol", (s, i) -> s.symbol())
      .text("timestamp", (s, i) -> Timestamps.format(s.localSeconds()[i]))
      .float64("typprice", (s, i) -> s.typicalPrice()[i])
      .float64("predicted_next_typprice", (s, i) -> s.predicted()[i])
      .optionalFloat64("actual_next_typprice", (s, i) -> s.actual()[i])
      .build();

  static final String CSV_HEADER = TABLE.csvHeader();

  private PredictionSinks() {}
}
