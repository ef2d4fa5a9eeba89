package io.quantbeam.transforms.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.transforms.deadletter.DeadLetter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.metrics.Counter;
import io.quantbeam.transforms.progress.ProgressCounters;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Gathers each firm's chunks from all input files into one {@link FirmHistory} in date order.
 *
 * <p>Chunks are grouped by firm shard (a stable hash of the firm id), not by firm: a group holds
 * many firms, so every later step works on bundles of many firms. With one group per firm the
 * Direct runner pays its per-bundle set-up for every firm at every step, which dominated run time;
 * a shard's chunks are held in memory while its firms are assembled, so choose enough shards that
 * one fits comfortably (the data size divided by the shard count).
 *
 * <p>A row that repeats an earlier (firm_id, date) is rejected; "earlier" is the order of
 * (source, line), so the same input keeps the same row on every runner. A row without a rate takes
 * the risk-free-rate file's rate for its date (a side input), and is rejected when there is none.
 */
public final class AssembleFirmHistories extends PTransform<PCollection<FirmChunk>, PCollectionTuple> {

  public static final TupleTag<FirmHistory> HISTORIES = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};
  static final String STEP = "assemble";

  private final int shards;
  private final PCollectionView<Map<Long, Double>> ratesByDay;

  private AssembleFirmHistories(int shards, PCollectionView<Map<Long, Double>> ratesByDay) {
    if (shards < 1) {
      throw new IllegalArgumentException("the number of firm shards must be >= 1, got " + shards);
    }
    this.shards = shards;
    this.ratesByDay = ratesByDay;
  }

  /** Rates come with every row; firms are grouped into {@code shards} groups. */
  public static AssembleFirmHistories withRatesInRows(int shards) {
    return new AssembleFirmHistories(shards, null);
  }

  /** Rows without a rate take it from {@code ratesByDay} (days since 1970-01-01 → annual decimal yield). */
  public static AssembleFirmHistories withRatesByDay(int shards, PCollectionView<Map<Long, Double>> ratesByDay) {
    return new AssembleFirmHistories(shards, ratesByDay);
  }

  /** The shard of a firm: a stable hash (String.hashCode is fixed by the language), spread and reduced. */
  static int shardOf(String firmId, int shards) {
    return Math.floorMod(firmId.hashCode() * 0x9E3779B1, shards);
  }

  @Override
  public PCollectionTuple expand(PCollection<FirmChunk> chunks) {
    ParDo.SingleOutput<KV<Integer, Iterable<FirmChunk>>, FirmHistory> assemble = ParDo.of(new AssembleFn(ratesByDay));
    if (ratesByDay != null) {
      assemble = assemble.withSideInputs(ratesByDay);
    }
    int shardCount = shards;
    PCollectionTuple out = chunks
        .apply("KeyByFirmShard", WithKeys.<Integer, FirmChunk>of(chunk -> shardOf(chunk.firmId(), shardCount))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), FirmChunkCoder.of()))
        .apply("GroupByFirmShard", GroupByKey.create())
        .apply("AssembleFirms", assemble.withOutputTags(HISTORIES, TupleTagList.of(REJECTED)));
    out.get(HISTORIES).setCoder(FirmHistoryCoder.of());
    return out;
  }

  private static final class AssembleFn extends DoFn<KV<Integer, Iterable<FirmChunk>>, FirmHistory> {
    private final PCollectionView<Map<Long, Double>> ratesByDay;
    private final Counter firms = ProgressCounters.counter(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS);

    AssembleFn(PCollectionView<Map<Long, Double>> ratesByDay) {
      this.ratesByDay = ratesByDay;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Map<String, List<FirmChunk>> byFirm = new TreeMap<>(); // firm order is fixed, whatever the input order
      for (FirmChunk chunk : context.element().getValue()) {
        byFirm.computeIfAbsent(chunk.firmId(), id -> new ArrayList<>()).add(chunk);
      }
      Map<Long, Double> rates = ratesByDay == null ? Map.of() : context.sideInput(ratesByDay);
      byFirm.forEach((firmId, chunks) -> assemble(context, firmId, chunks, rates));
    }

    private void assemble(ProcessContext context, String firmId, List<FirmChunk> chunks, Map<Long, Double> rates) {
      int total = chunks.stream().mapToInt(FirmChunk::size).sum();
      Rows rows = new Rows(chunks, total);
      int[] order = rows.dateOrder();

      long[] days = new long[total];
      double[] equity = new double[total];
      double[] debt = new double[total];
      double[] rate = new double[total];
      int kept = 0;
      for (int start = 0; start < total; ) {
        int end = start + 1;
        while (end < total && rows.day(order[end]) == rows.day(order[start])) {
          end++;
        }
        int first = rows.firstBySourceAndLine(order, start, end);
        for (int i = start; i < end; i++) {
          if (order[i] != first) {
            context.output(REJECTED, rows.deadLetter(firmId, order[i], "duplicate_firm_date",
                "repeats (firm_id, date) of " + rows.location(first)));
          }
        }
        double r = rows.rate(first);
        if (Double.isNaN(r)) {
          Double fromFile = rates.get(rows.day(first));
          if (fromFile == null) {
            context.output(REJECTED, rows.deadLetter(firmId, first, "missing_risk_free_rate",
                "no risk_free_rate in the row and none for " + LocalDate.ofEpochDay(rows.day(first))
                    + (ratesByDay == null ? "" : " in the risk-free-rate file")));
            start = end;
            continue;
          }
          r = fromFile;
        }
        days[kept] = rows.day(first);
        equity[kept] = rows.equity(first);
        debt[kept] = rows.debt(first);
        rate[kept] = r;
        kept++;
        start = end;
      }
      firms.inc();
      context.output(new FirmHistory(firmId, Arrays.copyOf(days, kept), Arrays.copyOf(equity, kept),
          Arrays.copyOf(debt, kept), Arrays.copyOf(rate, kept)));
    }
  }

  /** A firm's rows across chunks, addressed by a global row index. */
  private static final class Rows {
    private final List<FirmChunk> chunks;
    private final int[] chunkOf;
    private final int[] rowOf;

    Rows(List<FirmChunk> chunks, int total) {
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

    /** Row indices sorted by date (stable for equal dates). */
    int[] dateOrder() {
      int n = chunkOf.length;
      long[] keyed = new long[n];
      long minDay = Long.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        minDay = Math.min(minDay, day(i));
      }
      for (int i = 0; i < n; i++) {
        keyed[i] = ((day(i) - minDay) << 32) | i; // days span far less than 2^31
      }
      Arrays.sort(keyed);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = (int) keyed[i];
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

    long day(int i) {
      return chunks.get(chunkOf[i]).epochDay()[rowOf[i]];
    }

    double equity(int i) {
      return chunks.get(chunkOf[i]).equityValue()[rowOf[i]];
    }

    double debt(int i) {
      return chunks.get(chunkOf[i]).faceValueDebt()[rowOf[i]];
    }

    double rate(int i) {
      return chunks.get(chunkOf[i]).riskFreeRate()[rowOf[i]];
    }

    String source(int i) {
      FirmChunk chunk = chunks.get(chunkOf[i]);
      return chunk.sources().get(chunk.sourceIndex()[rowOf[i]]);
    }

    long line(int i) {
      return chunks.get(chunkOf[i]).line()[rowOf[i]];
    }

    String location(int i) {
      return source(i) + (line(i) >= 0 ? ":" + line(i) : "");
    }

    /** The raw text is not carried through the shuffle; the payload restates the parsed row. */
    DeadLetter deadLetter(String firmId, int i, String reason, String detail) {
      double r = rate(i);
      String payload = "firm_id=" + firmId + ",date=" + LocalDate.ofEpochDay(day(i)) + ",equity_value=" + equity(i)
          + ",face_value_debt=" + debt(i) + ",risk_free_rate=" + (Double.isNaN(r) ? "" : r);
      return new DeadLetter(source(i), line(i), STEP, reason, detail, payload);
    }
  }
}
