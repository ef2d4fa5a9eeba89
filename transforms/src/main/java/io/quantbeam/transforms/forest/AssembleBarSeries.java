package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.KeyRows;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gathers each symbol's chunks ({@link BarInput} rows) from all input files into one {@link BarSeries}
 * in timestamp order ({@link KeyRows}).
 * A bar that repeats an earlier (symbol, timestamp) is rejected as {@code duplicate_timestamp};
 * "earlier" is the order of (source, line), so the same input keeps the same bar on every runner.
 */
public final class AssembleBarSeries extends PTransform<PCollection<RowChunk>, PCollectionTuple> {

  public static final TupleTag<BarSeries> SERIES = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};
  static final String STEP = "assemble";

  @Override
  public PCollectionTuple expand(PCollection<RowChunk> chunks) {
    PCollectionTuple out = chunks
        .apply("KeyBySymbol", WithKeys.<String, RowChunk>of(RowChunk::key).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), RowChunkCoder.of()))
        .apply("GroupBySymbol", GroupByKey.create())
        .apply("SortAndDeduplicate", ParDo.of(new AssembleFn()).withOutputTags(SERIES, TupleTagList.of(REJECTED)));
    out.get(SERIES).setCoder(BarSeriesCoder.of());
    return out;
  }

  private static final class AssembleFn extends DoFn<KV<String, Iterable<RowChunk>>, BarSeries> {
    private final Counter symbols = ProgressCounters.counter(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS);
    private final Counter barsUsed = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_USED);

    @ProcessElement
    public void process(@Element KV<String, Iterable<RowChunk>> element, MultiOutputReceiver out) {
      String symbol = element.getKey();
      List<RowChunk> chunks = new ArrayList<>();
      element.getValue().forEach(chunks::add);
      KeyRows bars = new KeyRows(chunks, BarInput.TIMESTAMP_SLOT);
      int total = bars.size();
      long[] seconds = new long[total];
      double[][] columns = new double[BarInput.PRICE_AND_VOLUME_SLOTS][total];
      int[] kept = {0};
      bars.firstRowWins(new KeyRows.Visitor() {
        @Override
        public void duplicate(int row, int first) {
          out.get(REJECTED).output(deadLetter(bars, symbol, row, "duplicate_timestamp",
              "repeats (symbol, timestamp) of " + bars.location(first)));
        }

        @Override
        public void keep(int first) {
          int k = kept[0]++;
          seconds[k] = bars.orderValue(first);
          for (int c = 0; c < columns.length; c++) {
            columns[c][k] = bars.number(BarInput.OPEN_SLOT + c, first);
          }
        }
      });
      int n = kept[0];
      symbols.inc();
      barsUsed.inc(n);
      out.get(SERIES).output(new BarSeries(symbol, Arrays.copyOf(seconds, n), Arrays.copyOf(columns[0], n),
          Arrays.copyOf(columns[1], n), Arrays.copyOf(columns[2], n), Arrays.copyOf(columns[3], n),
          Arrays.copyOf(columns[4], n)));
    }
  }

  /** The raw text is not carried through the shuffle; the payload restates the parsed bar. */
  private static DeadLetter deadLetter(KeyRows bars, String symbol, int i, String reason, String detail) {
    int o = BarInput.OPEN_SLOT;
    String payload = "symbol=" + symbol + ",timestamp=" + Timestamps.format(bars.orderValue(i)) + ",open="
        + bars.number(o, i) + ",high=" + bars.number(o + 1, i) + ",low=" + bars.number(o + 2, i) + ",close="
        + bars.number(o + 3, i) + ",volume=" + bars.number(o + 4, i);
    return new DeadLetter(bars.source(i), bars.line(i), STEP, reason, detail, payload);
  }
}
