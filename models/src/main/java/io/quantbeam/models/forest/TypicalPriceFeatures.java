package io.quantbeam.models.forest;

import java.util.List;

/**
 * Builds one symbol's matrices per the spec: features per {@link FeatureLayout}, target = next
 * row's TYPPRICE (or log return, per the layout), rows without all lags or a target dropped, each remaining row assigned to
 * train, validation or test by a {@link SplitRule} (by default the spec's hash of its own
 * timestamp). Rows keep timestamp order within each matrix.
 */
public final class TypicalPriceFeatures {

  private final FeatureLayout layout;
  private final SplitRule split;

  /** With the spec's hash split. */
  public TypicalPriceFeatures(FeatureLayout layout) {
    this(layout, SplitRule.hash());
  }

  public TypicalPriceFeatures(FeatureLayout layout, SplitRule split) {
    this.layout = layout;
    this.split = split;
  }

  public FeatureLayout layout() {
    return layout;
  }

  public PreparedSymbol prepare(BarSeries series, long seed) {
    int n = series.size();
    int first = layout.firstRow();
    int last = n - 2;
    int usable = Math.max(0, last - first + 1);
    DatasetSplit[] splits = split.assign(series, first, usable, seed);
    int[] sizes = new int[DatasetSplit.values().length];
    for (DatasetSplit part : splits) {
      if (part != null) {
        sizes[part.ordinal()]++;
      }
    }
    int features = layout.featureCount();
    double[][] columns = new double[sizes.length][];
    double[][] targets = new double[sizes.length][];
    double[][] current = new double[sizes.length][];
    double[][] next = new double[sizes.length][];
    for (DatasetSplit split : DatasetSplit.values()) {
      columns[split.ordinal()] = new double[sizes[split.ordinal()] * features];
      targets[split.ordinal()] = new double[sizes[split.ordinal()]];
      current[split.ordinal()] = new double[sizes[split.ordinal()]];
      next[split.ordinal()] = new double[sizes[split.ordinal()]];
    }
    int[] filled = new int[sizes.length];
    double[] row = new double[features];
    for (int i = 0; i < usable; i++) {
      if (splits[i] == null) {
        continue;
      }
      int s = splits[i].ordinal();
      int index = first + i;
      layout.features(series, index, row);
      int r = filled[s]++;
      for (int f = 0; f < features; f++) {
        columns[s][f * sizes[s] + r] = row[f];
      }
      targets[s][r] = layout.target(series, index);
      current[s][r] = series.typicalPrice(index);
      next[s][r] = series.typicalPrice(index + 1);
    }
    List<String> names = layout.names();
    return new PreparedSymbol(series.symbol(), n,
        new FeatureMatrix(names, columns[DatasetSplit.TRAIN.ordinal()], targets[DatasetSplit.TRAIN.ordinal()]),
        new FeatureMatrix(names, columns[DatasetSplit.VALIDATION.ordinal()], targets[DatasetSplit.VALIDATION.ordinal()]),
        new FeatureMatrix(names, columns[DatasetSplit.TEST.ordinal()], targets[DatasetSplit.TEST.ordinal()]),
        layout.target(), prices(current, next, DatasetSplit.VALIDATION), prices(current, next, DatasetSplit.TEST));
  }

  private static PriceRows prices(double[][] current, double[][] next, DatasetSplit split) {
    return new PriceRows(current[split.ordinal()], next[split.ordinal()]);
  }
}
