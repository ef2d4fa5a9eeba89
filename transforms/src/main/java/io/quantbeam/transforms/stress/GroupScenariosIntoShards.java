package io.quantbeam.transforms.stress;

import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Groups scenario rows read from files into shards of about {@code shardSize} scenarios whatever
 * their ids: shard = hash(id) mod ⌈rows / shardSize⌉ (see {@link ScenarioShardKey}), with the row
 * count a side input. Every row of an id lands in one shard, so duplicates are found there. The
 * number of shards, and so of Beam elements downstream, is linear in the rows and independent of
 * how the ids are spread (dividing ids by the shard size instead made one shard per scenario for
 * sparse ids, and a per-shard cost in every later step).
 */
public final class GroupScenariosIntoShards
    extends PTransform<PCollection<ScenarioRow>, PCollection<KV<Integer, Iterable<ScenarioRow>>>> {

  private final int shardSize;
  private final PCollectionView<Long> rowCount;

  /** @param rowCount the number of rows to shard (an upper bound is fine: shards just get smaller) */
  public GroupScenariosIntoShards(int shardSize, PCollectionView<Long> rowCount) {
    ScenarioShardKey.shardCount(1, shardSize);
    this.shardSize = shardSize;
    this.rowCount = rowCount;
  }

  @Override
  public PCollection<KV<Integer, Iterable<ScenarioRow>>> expand(PCollection<ScenarioRow> rows) {
    return rows
        .apply("KeyByShard", ParDo.of(new KeyFn(shardSize, rowCount)).withSideInputs(rowCount))
        .setCoder(KvCoder.of(VarIntCoder.of(), StressCoders.scenarioRow()))
        .apply("GroupShards", GroupByKey.create())
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(StressCoders.scenarioRow())));
  }

  private static final class KeyFn extends DoFn<ScenarioRow, KV<Integer, ScenarioRow>> {
    private final int shardSize;
    private final PCollectionView<Long> rowCount;
    private transient int shards;

    KeyFn(int shardSize, PCollectionView<Long> rowCount) {
      this.shardSize = shardSize;
      this.rowCount = rowCount;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (shards == 0) {
        shards = ScenarioShardKey.shardCount(c.sideInput(rowCount), shardSize);
      }
      c.output(KV.of(ScenarioShardKey.shardOf(c.element().scenarioId(), shards), c.element()));
    }
  }
}
