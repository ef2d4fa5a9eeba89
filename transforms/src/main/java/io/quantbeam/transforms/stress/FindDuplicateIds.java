package io.quantbeam.transforms.stress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The scenario ids that occur more than once among rows read from files, with how often, as a side
 * input (usually empty). Each bundle sends its ids in one batch per bucket to
 * ⌈rows / {@link #IDS_PER_BUCKET}⌉ buckets by a hash of the id ({@link ScenarioShardKey}), so every
 * row of an id lands in one bucket; each bucket sorts its ids and reports those seen twice or more.
 * Linear in the rows, 8 bytes a row through the shuffle, and a handful of keys.
 */
public final class FindDuplicateIds extends PTransform<PCollection<ScenarioRow>, PCollectionView<Map<Long, Integer>>> {

  /** Ids per bucket: 8 bytes each, so a bucket sorts about a megabyte. */
  static final int IDS_PER_BUCKET = 100_000;

  private final PCollectionView<Long> rowCount;

  /** @param rowCount the number of rows (an upper bound is fine), to size the buckets */
  public FindDuplicateIds(PCollectionView<Long> rowCount) {
    this.rowCount = rowCount;
  }

  @Override
  public PCollectionView<Map<Long, Integer>> expand(PCollection<ScenarioRow> rows) {
    return rows
        .apply("IdsByBucket", ParDo.of(new BucketIdsFn(rowCount)).withSideInputs(rowCount))
        .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(VarLongCoder.of())))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("FindDuplicates", ParDo.of(new FindDuplicatesFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), VarIntCoder.of()))
        .apply("DuplicatesView", View.asMap());
  }

  /** A bundle's ids in one batch per bucket: bucket = hash(id) mod ⌈rows / IDS_PER_BUCKET⌉. */
  private static final class BucketIdsFn extends DoFn<ScenarioRow, KV<Integer, List<Long>>> {
    private final PCollectionView<Long> rowCount;
    private transient int buckets;
    private transient Map<Integer, List<Long>> batches;

    BucketIdsFn(PCollectionView<Long> rowCount) {
      this.rowCount = rowCount;
    }

    @StartBundle
    public void startBundle() {
      batches = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (buckets == 0) {
        buckets = ScenarioShardKey.shardCount(c.sideInput(rowCount), IDS_PER_BUCKET);
      }
      long id = c.element().scenarioId();
      batches.computeIfAbsent(ScenarioShardKey.shardOf(id, buckets), b -> new ArrayList<>()).add(id);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      batches.forEach((b, ids) -> c.output(KV.of(b, ids), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE));
      batches = new HashMap<>();
    }
  }

  /** The ids of a bucket seen more than once, with how often. */
  private static final class FindDuplicatesFn extends DoFn<KV<Integer, Iterable<List<Long>>>, KV<Long, Integer>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<List<Long>>> bucket, OutputReceiver<KV<Long, Integer>> out) {
      // one pass: GroupByKey results may be iterated only once (Flink)
      long[] ids = new long[1024];
      int n = 0;
      for (List<Long> batch : bucket.getValue()) {
        if (n + batch.size() > ids.length) {
          ids = Arrays.copyOf(ids, Math.max(2 * ids.length, n + batch.size()));
        }
        for (long id : batch) {
          ids[n++] = id;
        }
      }
      ids = Arrays.copyOf(ids, n);
      Arrays.sort(ids);
      for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && ids[j] == ids[i]) {
          j++;
        }
        if (j - i > 1) {
          out.output(KV.of(ids[i], j - i));
        }
        i = j;
      }
    }
  }
}
