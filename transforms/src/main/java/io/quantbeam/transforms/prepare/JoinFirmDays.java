package io.quantbeam.transforms.prepare;

import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.progress.ProgressCounters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Joins, per permno, the CRSP daily rows with the default points of the Compustat quarters linked
 * to it and with the risk-free rate, into the Merton input ({@link PreparedFirm}):
 *
 * <ul>
 *   <li>equity value = |PRC| × SHROUT / 1,000: dollars × thousands of shares → millions of dollars,
 *       Compustat's unit, so equity and default point are in the same unit;
 *   <li>default point = DLCQ + ½·DLTTQ of the latest quarter public on the day ({@link DefaultPointAsOf});
 *   <li>risk-free rate = the DGS1 yield in force on the day ({@link RatesAsOf}).
 * </ul>
 *
 * <p>Work is keyed by permno (grouped in shards of many permnos, so every step handles bundles of
 * many firms); rows are sorted by date only within their firm. A CRSP row that repeats an earlier
 * (permno, date) — earlier by (file, line) — is a dead letter. Days without a public default point
 * or without a rate are counted, not written.
 */
public final class JoinFirmDays extends PTransform<PCollectionTuple, PCollectionTuple> {

  /** Inputs: CRSP chunks and default-point chunks, both keyed by permno. */
  public static final TupleTag<RowChunk> CRSP = new TupleTag<>() {};
  public static final TupleTag<RowChunk> DEBT = new TupleTag<>() {};
  /** Outputs. */
  public static final TupleTag<PreparedFirm> FIRMS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final int shards;
  private final RatesAsOf rates;

  public JoinFirmDays(int shards, RatesAsOf rates) {
    if (shards < 1) {
      throw new IllegalArgumentException("the number of firm shards must be >= 1, got " + shards);
    }
    this.shards = shards;
    this.rates = rates;
  }

  /** A stable shard of a permno (String.hashCode is fixed by the language), spread and reduced. */
  static int shardOf(String key, int shards) {
    return Math.floorMod(key.hashCode() * 0x9E3779B1, shards);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    int shardCount = shards;
    KvCoder<Integer, RowChunk> coder = KvCoder.of(VarIntCoder.of(), RowChunkCoder.of());
    PCollection<KV<Integer, RowChunk>> crsp = input.get(CRSP)
        .apply("KeyCrspByShard", WithKeys.<Integer, RowChunk>of(c -> shardOf(c.key(), shardCount))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(coder);
    PCollection<KV<Integer, RowChunk>> debt = input.get(DEBT)
        .apply("KeyDebtByShard", WithKeys.<Integer, RowChunk>of(c -> shardOf(c.key(), shardCount))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(coder);
    PCollectionTuple out = KeyedPCollectionTuple.of(CRSP, crsp).and(DEBT, debt)
        .apply("GroupByFirmShard", CoGroupByKey.create())
        .apply("JoinPerFirm", ParDo.of(new JoinFn(rates)).withOutputTags(FIRMS, TupleTagList.of(REJECTED)));
    out.get(FIRMS).setCoder(PreparedFirmCoder.of());
    return out;
  }

  private static final class JoinFn extends DoFn<KV<Integer, CoGbkResult>, PreparedFirm> {
    private final RatesAsOf rates;
    private final Counter written = ProgressCounters.counter(PrepareMetrics.NAMESPACE, PrepareMetrics.ROWS_WRITTEN);
    private final Counter firms = ProgressCounters.counter(PrepareMetrics.NAMESPACE, PrepareMetrics.FIRMS_WRITTEN);
    private final Counter noDebt = Metrics.counter(PrepareMetrics.NAMESPACE, PrepareMetrics.ROWS_WITHOUT_DEFAULT_POINT);
    private final Counter noRate = Metrics.counter(PrepareMetrics.NAMESPACE, PrepareMetrics.ROWS_WITHOUT_RATE);

    JoinFn(RatesAsOf rates) {
      this.rates = rates;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Map<String, List<RowChunk>> crspByFirm = new TreeMap<>(); // fixed firm order, whatever the input order
      Map<String, List<RowChunk>> debtByFirm = new TreeMap<>();
      for (RowChunk chunk : context.element().getValue().getAll(CRSP)) {
        crspByFirm.computeIfAbsent(chunk.key(), k -> new ArrayList<>()).add(chunk);
      }
      for (RowChunk chunk : context.element().getValue().getAll(DEBT)) {
        debtByFirm.computeIfAbsent(chunk.key(), k -> new ArrayList<>()).add(chunk);
      }
      crspByFirm.forEach((permno, chunks) -> join(context, permno, new Flat(chunks),
          new Flat(debtByFirm.getOrDefault(permno, List.of()))));
    }

    private void join(ProcessContext context, String permno, Flat crsp, Flat debt) {
      int[] order = crsp.orderBy(CrspColumns.DAY);
      int n = crsp.size();
      int[] kept = new int[n];
      long[] days = new long[n];
      int k = 0;
      for (int start = 0; start < n; ) {
        long day = crsp.longAt(CrspColumns.DAY, order[start]);
        int end = start + 1;
        while (end < n && crsp.longAt(CrspColumns.DAY, order[end]) == day) {
          end++;
        }
        for (int i = start + 1; i < end; i++) { // orderBy puts the earliest (file, line) first
          context.output(REJECTED, new DeadLetter(crsp.source(order[i]), crsp.line(order[i]), "join",
              "duplicate_permno_date", "repeats (PERMNO, date) of " + crsp.location(order[start]),
              "PERMNO=" + permno + ",date=" + LocalDate.ofEpochDay(day)));
        }
        kept[k] = order[start];
        days[k] = day;
        k++;
        start = end;
      }
      days = Arrays.copyOf(days, k);
      int[] debtRank = debt.rankBySourceAndLine();
      double[] defaultPoint = DefaultPointAsOf.asOf(days, debt.longColumn(DebtColumns.DATADATE),
          debt.longColumn(DebtColumns.VALID_FROM), debt.longColumn(DebtColumns.VALID_TO),
          debt.doubleColumn(DebtColumns.DEFAULT_POINT), debtRank);

      long[] outDays = new long[k];
      double[] equity = new double[k];
      double[] debtOut = new double[k];
      double[] rate = new double[k];
      double[] ret = new double[k];
      int m = 0;
      for (int t = 0; t < k; t++) {
        if (Double.isNaN(defaultPoint[t])) {
          noDebt.inc();
          continue;
        }
        double r = rates.at(days[t]);
        if (Double.isNaN(r)) {
          noRate.inc();
          continue;
        }
        int row = kept[t];
        outDays[m] = days[t];
        // dollars × thousands of shares = thousands of dollars; / 1,000 = millions, Compustat's unit
        equity[m] = crsp.doubleAt(CrspColumns.PRICE, row) * crsp.doubleAt(CrspColumns.SHARES_THOUSANDS, row) / 1000.0;
        debtOut[m] = defaultPoint[t];
        rate[m] = r;
        ret[m] = crsp.doubleAt(CrspColumns.RET, row);
        m++;
      }
      if (m > 0) {
        written.inc(m);
        firms.inc();
        context.output(new PreparedFirm(permno, Arrays.copyOf(outDays, m), Arrays.copyOf(equity, m),
            Arrays.copyOf(debtOut, m), Arrays.copyOf(rate, m), Arrays.copyOf(ret, m)));
      }
    }
  }

  /** One key's rows across chunks, addressed by a global row index. */
  private static final class Flat {
    private final List<RowChunk> chunks;
    private final int[] chunkOf;
    private final int[] rowOf;

    Flat(List<RowChunk> chunks) {
      this.chunks = chunks;
      int total = chunks.stream().mapToInt(RowChunk::size).sum();
      chunkOf = new int[total];
      rowOf = new int[total];
      int i = 0;
      for (int c = 0; c < chunks.size(); c++) {
        for (int r = 0; r < chunks.get(c).size(); r++) {
          chunkOf[i] = c;
          rowOf[i] = r;
          i++;
        }
      }
    }

    int size() {
      return chunkOf.length;
    }

    long longAt(int column, int i) {
      return chunks.get(chunkOf[i]).wholes()[column][rowOf[i]];
    }

    double doubleAt(int column, int i) {
      return chunks.get(chunkOf[i]).numbers()[column][rowOf[i]];
    }

    long[] longColumn(int column) {
      long[] out = new long[size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = longAt(column, i);
      }
      return out;
    }

    double[] doubleColumn(int column) {
      double[] out = new double[size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = doubleAt(column, i);
      }
      return out;
    }

    String source(int i) {
      RowChunk chunk = chunks.get(chunkOf[i]);
      return chunk.sources().get(chunk.sourceIndex()[rowOf[i]]);
    }

    long line(int i) {
      return chunks.get(chunkOf[i]).line()[rowOf[i]];
    }

    String location(int i) {
      return source(i) + ":" + line(i);
    }

    private Comparator<Integer> bySourceAndLine() {
      return Comparator.<Integer, String>comparing(this::source).thenComparingLong(this::line);
    }

    /**
     * Row indices by the long column (a day), ties by (file, line): one primitive sort of
     * (day − first day) · 2³² + index; only runs of equal days (duplicates, rare) are re-sorted.
     */
    int[] orderBy(int longColumn) {
      int n = size();
      long min = Long.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, longAt(longColumn, i));
      }
      long[] keyed = new long[n];
      for (int i = 0; i < n; i++) {
        keyed[i] = ((longAt(longColumn, i) - min) << 32) | i; // days span far less than 2^31
      }
      Arrays.sort(keyed);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = (int) keyed[i];
      }
      for (int start = 0; start < n; ) {
        int end = start + 1;
        while (end < n && longAt(longColumn, order[end]) == longAt(longColumn, order[start])) {
          end++;
        }
        if (end - start > 1) {
          Integer[] run = new Integer[end - start];
          for (int i = start; i < end; i++) {
            run[i - start] = order[i];
          }
          Arrays.sort(run, bySourceAndLine());
          for (int i = start; i < end; i++) {
            order[i] = run[i - start];
          }
        }
        start = end;
      }
      return order;
    }

    /** Each row's rank by (file, line). */
    int[] rankBySourceAndLine() {
      Integer[] order = new Integer[size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, bySourceAndLine());
      int[] rank = new int[order.length];
      for (int r = 0; r < order.length; r++) {
        rank[order[r]] = r;
      }
      return rank;
    }
  }
}
