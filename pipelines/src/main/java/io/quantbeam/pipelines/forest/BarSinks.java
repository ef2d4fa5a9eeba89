package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.transforms.forest.Timestamps;

/**
 * Minute bars in the forest input format, one symbol's series per batch: symbol, timestamp (ISO
 * local date-time text, {@code yyyy-MM-ddTHH:mm:ss}), open, high, low, close, volume.
 */
final class BarSinks {

  static final OutputTable<BarSeries> TABLE = OutputTable.<BarSeries>named("minute_bars", BarSeries::size)
      .text("symbol", (s, i) -> s.symbol())
      .text("timestamp", (s, i) -> Timestamps.format(s.localSeconds(i)))
      .float64("open", BarSeries::open)
      .float64("high", BarSeries::high)
      .float64("low", BarSeries::low)
      .float64("close", BarSeries::close)
      .float64("volume", BarSeries::volume)
      .build();

  static final String CSV_HEADER = TABLE.csvHeader();

  private BarSinks() {}
}
