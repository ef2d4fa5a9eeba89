package io.quantbeam.transforms.stress;

import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Groups scenario rows read from files into shards by id: shard k holds the ids in
 * [k·shardSize, (k + 1)·shardSize). Any file layout gives the same shards; ids are expected to be
 * roughly dense (0 … N − 1 or similar), as sparse ids only make shards smaller.
 */
public final class GroupScenariosIntoShards
    extends PTransform<PCollection<ScenarioRow>, PCollection<KV<Long, Iterable<ScenarioRow>>>> {

  private final int shardSize;

  public GroupScenariosIntoShards(int shardSize) {
    if (shardSize < 1) {
      throw new IllegalArgumentException("--shardSize must be >= 1, got " + shardSize);
    }
    this.shardSize = shardSize;
  }

  @Override
  public PCollection<KV<Long, Iterable<ScenarioRow>>> expand(PCollection<ScenarioRow> rows) {
    int size = shardSize;
    return rows
        .apply("KeyByShard", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptor.of(ScenarioRow.class)))
            .via((ScenarioRow row) -> KV.of(Math.floorDiv(row.scenarioId(), (long) size), row)))
        .setCoder(KvCoder.of(VarLongCoder.of(), StressCoders.scenarioRow()))
        .apply("GroupShards", GroupByKey.create())
        .setCoder(KvCoder.of(VarLongCoder.of(), IterableCoder.of(StressCoders.scenarioRow())));
  }
}
