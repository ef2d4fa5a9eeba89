package io.quantbeam.transforms.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.KeyRows;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
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
public final class AssembleFirmHistories extends PTransform<PCollection<RowChunk>, PCollectionTuple> {

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
  public PCollectionTuple expand(PCollection<RowChunk> chunks) {
    ParDo.SingleOutput<KV<Integer, Iterable<RowChunk>>, FirmHistory> assemble = ParDo.of(new AssembleFn(ratesByDay));
    if (ratesByDay != null) {
      assemble = assemble.withSideInputs(ratesByDay);
    }
    int shardCount = shards;
    PCollectionTuple out = chunks
        .apply("KeyByFirmShard", WithKeys.<Integer, RowChunk>of(chunk -> shardOf(chunk.key(), shardCount))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), RowChunkCoder.of()))
        .apply("GroupByFirmShard", GroupByKey.create())
        .apply("AssembleFirms", assemble.withOutputTags(HISTORIES, TupleTagList.of(REJECTED)));
    out.get(HISTORIES).setCoder(FirmHistoryCoder.of());
    return out;
  }

  private static final class AssembleFn extends DoFn<KV<Integer, Iterable<RowChunk>>, FirmHistory> {
    private final PCollectionView<Map<Long, Double>> ratesByDay;
    private final Counter firms = ProgressCounters.counter(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS);

    AssembleFn(PCollectionView<Map<Long, Double>> ratesByDay) {
      this.ratesByDay = ratesByDay;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Map<String, List<RowChunk>> byFirm = new TreeMap<>(); // firm order is fixed, whatever the input order
      for (RowChunk chunk : context.element().getValue()) {
        byFirm.computeIfAbsent(chunk.key(), id -> new ArrayList<>()).add(chunk);
      }
      Map<Long, Double> rates = ratesByDay == null ? Map.of() : context.sideInput(ratesByDay);
      byFirm.forEach((firmId, chunks) -> assemble(context, firmId, chunks, rates));
    }

    private void assemble(ProcessContext context, String firmId, List<RowChunk> chunks, Map<Long, Double> rates) {
      KeyRows rows = new KeyRows(chunks, MertonInput.DAY_SLOT);
      int total = rows.size();
      long[] days = new long[total];
      double[] equity = new double[total];
      double[] debt = new double[total];
      double[] rate = new double[total];
      int[] kept = {0};
      rows.firstRowWins(new KeyRows.Visitor() {
        @Override
        public void duplicate(int row, int first) {
          context.output(REJECTED, deadLetter(rows, firmId, row, "duplicate_firm_date",
              "repeats (firm_id, date) of " + rows.location(first)));
        }

        @Override
        public void keep(int first) {
          long day = rows.orderValue(first);
          double r = rows.number(MertonInput.RATE_SLOT, first);
          if (Double.isNaN(r)) {
            Double fromFile = rates.get(day);
            if (fromFile == null) {
              context.output(REJECTED, deadLetter(rows, firmId, first, "missing_risk_free_rate",
                  "no risk_free_rate in the row and none for " + LocalDate.ofEpochDay(day)
                      + (ratesByDay == null ? "" : " in the risk-free-rate file")));
              return;
            }
            r = fromFile;
          }
          int k = kept[0]++;
          days[k] = day;
          equity[k] = rows.number(MertonInput.EQUITY_SLOT, first);
          debt[k] = rows.number(MertonInput.DEBT_SLOT, first);
          rate[k] = r;
        }
      });
      firms.inc();
      int n = kept[0];
      context.output(new FirmHistory(firmId, Arrays.copyOf(days, n), Arrays.copyOf(equity, n),
          Arrays.copyOf(debt, n), Arrays.copyOf(rate, n)));
    }
  }

  /** The raw text is not carried through the shuffle; the payload restates the parsed row. */
  private static DeadLetter deadLetter(KeyRows rows, String firmId, int i, String reason, String detail) {
    double r = rows.number(MertonInput.RATE_SLOT, i);
    String payload = "firm_id=" + firmId + ",date=" + LocalDate.ofEpochDay(rows.orderValue(i)) + ",equity_value="
        + rows.number(MertonInput.EQUITY_SLOT, i) + ",face_value_debt=" + rows.number(MertonInput.DEBT_SLOT, i)
        + ",risk_free_rate=" + (Double.isNaN(r) ? "" : r);
    return new DeadLetter(rows.source(i), rows.line(i), STEP, reason, detail, payload);
  }
}
