package io.quantbeam.transforms.stress;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Cuts scenario rows read from files into shards of at most {@code shardSize} consecutive rows as
 * they arrive (a file's rows in file order: shards by file and row range), and finds duplicate ids
 * in a separate, light pass. Nothing about the ids matters: any longs, in any order, over any
 * number of files give shards of the same size, and no shuffle of the rows is needed — the shards
 * go straight from the reader to revaluation, as generated shards do. Duplicate ids are found by
 * {@link FindDuplicateIds}. On runners with small bundles (Flink: 1,000 elements) shards are at
 * most a bundle.
 *
 * <p>Why not group rows by a hash of their id (which would bring duplicates together)? The Direct
 * runner turns every key of a GroupByKey into a bundle of its own and pays a set-up cost per
 * bundle in every later step, and its GroupByKey copies a key's whole bag each time more of it
 * arrives; measured on a million rows, that doubled the run. Results do not depend on the cut.
 */
public final class GroupScenariosIntoShards
    extends PTransform<PCollection<ScenarioRow>, PCollection<KV<Integer, Iterable<ScenarioRow>>>> {

  private final int shardSize;

  public GroupScenariosIntoShards(int shardSize) {
    ScenarioShardKey.shardCount(1, shardSize);
    this.shardSize = shardSize;
  }

  /** The shards; the key is the shard's size (for information only). */
  @Override
  public PCollection<KV<Integer, Iterable<ScenarioRow>>> expand(PCollection<ScenarioRow> rows) {
    return rows
        .apply("CutShards", ParDo.of(new CutFn(shardSize)))
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(StressCoders.scenarioRow())));
  }

  /** Consecutive rows of a bundle, at most shardSize at a time. */
  private static final class CutFn extends DoFn<ScenarioRow, KV<Integer, Iterable<ScenarioRow>>> {
    private final int shardSize;
    private transient List<ScenarioRow> shard;

    CutFn(int shardSize) {
      this.shardSize = shardSize;
    }

    @StartBundle
    public void startBundle() {
      shard = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element ScenarioRow row, OutputReceiver<KV<Integer, Iterable<ScenarioRow>>> out) {
      shard.add(row);
      if (shard.size() == shardSize) {
        out.output(KV.of(shard.size(), shard));
        shard = new ArrayList<>();
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      if (!shard.isEmpty()) {
        // rows read from files carry the minimum timestamp, in the global window: so does their shard
        c.output(KV.of(shard.size(), shard), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
        shard = new ArrayList<>();
      }
    }
  }

}
