package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.progress.ProgressCounters;
import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.transforms.deadletter.DeadLetter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Gathers each symbol's chunks from all input files into one {@link BarSeries} in timestamp order.
 * A bar that repeats an earlier (symbol, timestamp) is rejected as {@code duplicate_timestamp};
 * "earlier" is the order of (source, line), so the same input keeps the same bar on every runner.
 */
public final class AssembleBarSeries extends PTransform<PCollection<KV<String, BarChunk>>, PCollectionTuple> {

  public static final TupleTag<BarSeries> SERIES = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};
  static final String STEP = "assemble";

  @Override
  public PCollectionTuple expand(PCollection<KV<String, BarChunk>> chunks) {
    PCollectionTuple out = chunks
        .apply("GroupBySymbol", GroupByKey.create())
        .apply("SortAndDeduplicate", ParDo.of(new AssembleFn()).withOutputTags(SERIES, TupleTagList.of(REJECTED)));
    out.get(SERIES).setCoder(BarSeriesCoder.of());
    return out;
  }

  private static final class AssembleFn extends DoFn<KV<String, Iterable<BarChunk>>, BarSeries> {
    private final Counter symbols = ProgressCounters.counter(ForestMetrics.NAMESPACE, ForestMetrics.SYMBOLS);
    private final Counter barsUsed = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_USED);

    @ProcessElement
    public void process(@Element KV<String, Iterable<BarChunk>> element, MultiOutputReceiver out) {
      String symbol = element.getKey();
      List<BarChunk> chunks = new ArrayList<>();
      int total = 0;
      for (BarChunk chunk : element.getValue()) {
        chunks.add(chunk);
        total += chunk.size();
      }
      Bars bars = new Bars(chunks, total);
      int[] order = bars.timeOrder();
      long[] seconds = new long[total];
      double[][] columns = new double[5][total];
      int kept = 0;
      for (int start = 0; start < total; ) {
        int end = start + 1;
        while (end < total && bars.seconds(order[end]) == bars.seconds(order[start])) {
          end++;
        }
        int first = bars.firstBySourceAndLine(order, start, end);
        for (int i = start; i < end; i++) {
          if (order[i] != first) {
            out.get(REJECTED).output(bars.deadLetter(symbol, order[i], "duplicate_timestamp",
                "repeats (symbol, timestamp) of " + bars.location(first)));
          }
        }
        seconds[kept] = bars.seconds(first);
        for (int c = 0; c < 5; c++) {
          columns[c][kept] = bars.value(c, first);
        }
        kept++;
        start = end;
      }
      symbols.inc();
      barsUsed.inc(kept);
      out.get(SERIES).output(new BarSeries(symbol, Arrays.copyOf(seconds, kept), Arrays.copyOf(columns[0], kept),
          Arrays.copyOf(columns[1], kept), Arrays.copyOf(columns[2], kept), Arrays.copyOf(columns[3], kept),
          Arrays.copyOf(columns[4], kept)));
    }
  }

  /** A symbol's bars across chunks, addressed by a global index. */
  private static final class Bars {
    private final List<BarChunk> chunks;
    private final int[] chunkOf;
    private final int[] rowOf;

    Bars(List<BarChunk> chunks, int total) {
      this.chunks = chunks;
      this.chunkOf = new int[total];
      this.rowOf = new int[total];
      int i = 0;
      for (int c = 0; c < chunks.size(); c++) {
        for (int r = 0; r < chunks.get(c).size(); r++) {
          chunkOf[i] = c;
          rowOf[i] = r;
          i++;
        }
      }
    }

    /** Indices sorted by timestamp (stable for equal timestamps). */
    int[] timeOrder() {
      int n = chunkOf.length;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, seconds(i));
        max = Math.max(max, seconds(i));
      }
      if (n > 0 && max - min < (1L << 31)) {
        // Timestamp offset in the high half, index in the low half: one primitive sort, stable by construction.
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
          keyed[i] = ((seconds(i) - min) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
          order[i] = (int) keyed[i];
        }
        return order;
      }
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < boxed.length; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> Long.compare(seconds(a), seconds(b)));
      int[] order = new int[boxed.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = boxed[i];
      }
      return order;
    }

    int firstBySourceAndLine(int[] order, int start, int end) {
      int best = order[start];
      for (int i = start + 1; i < end; i++) {
        int candidate = order[i];
        int bySource = source(candidate).compareTo(source(best));
        if (bySource < 0 || (bySource == 0 && line(candidate) < line(best))) {
          best = candidate;
        }
      }
      return best;
    }

    long seconds(int i) {
      return chunks.get(chunkOf[i]).localSeconds()[rowOf[i]];
    }

    /** Column c (0 open, 1 high, 2 low, 3 close, 4 volume) of bar i. */
    double value(int c, int i) {
      BarChunk chunk = chunks.get(chunkOf[i]);
      return switch (c) {
        case 0 -> chunk.open()[rowOf[i]];
        case 1 -> chunk.high()[rowOf[i]];
        case 2 -> chunk.low()[rowOf[i]];
        case 3 -> chunk.close()[rowOf[i]];
        default -> chunk.volume()[rowOf[i]];
      };
    }

    String source(int i) {
      BarChunk chunk = chunks.get(chunkOf[i]);
      return chunk.sources().get(chunk.sourceIndex()[rowOf[i]]);
    }

    long line(int i) {
      return chunks.get(chunkOf[i]).line()[rowOf[i]];
    }

    String location(int i) {
      return source(i) + (line(i) >= 0 ? ":" + line(i) : "");
    }

    /** The raw text is not carried through the shuffle; the payload restates the parsed bar. */
    DeadLetter deadLetter(String symbol, int i, String reason, String detail) {
      String payload = "symbol=" + symbol + ",timestamp=" + Timestamps.format(seconds(i)) + ",open=" + value(0, i)
          + ",high=" + value(1, i) + ",low=" + value(2, i) + ",close=" + value(3, i) + ",volume=" + value(4, i);
      return new DeadLetter(source(i), line(i), STEP, reason, detail, payload);
    }
  }
}
