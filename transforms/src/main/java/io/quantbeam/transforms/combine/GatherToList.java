package io.quantbeam.transforms.combine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Gathers a whole (batch, globally windowed) collection into one list, in no particular order. For
 * collections that fit in memory (file names, per-firm summaries); callers that need an order sort
 * the result. An empty collection gives an empty list.
 *
 * <p>Why not a plain {@code Combine.globally}: the Direct runner does not lift combiners, so every
 * element lands in the buffered values of one key, which it copies through the coder each time a
 * bundle adds to them — quadratic in the number of bundles (over the study's 22,320 Merton firm
 * summaries, 110 s after the last solve). Here each bundle first gathers its own elements into one
 * list, and the lists meet in a tree: under 256 random keys, then 16, then one, so each key sees
 * few arrivals whatever the number of bundles. Runners that lift combiners (Flink, Spark) merge
 * partial lists at every level as before.
 *
 * @param <T> the element type
 */
public final class GatherToList<T> extends PTransform<PCollection<T>, PCollection<List<T>>> {

  /** Each level of the tree merges up to this many keys of the level below into one. */
  static final int FAN_IN = 16;
  /** Keyed levels below the single final one: 16² keys, then 16. */
  private static final int KEYED_LEVELS = 2;

  public static <T> GatherToList<T> create() {
    return new GatherToList<>();
  }

  private GatherToList() {}

  @Override
  public PCollection<List<T>> expand(PCollection<T> elements) {
    ListCoder<T> coder = ListCoder.of(elements.getCoder());
    KvCoder<Integer, List<T>> keyed = KvCoder.of(VarIntCoder.of(), coder);
    int keys = (int) Math.pow(FAN_IN, KEYED_LEVELS);
    PCollection<KV<Integer, List<T>>> lists = elements
        .apply("GatherBundle", ParDo.of(new GatherBundleFn<T>(keys)))
        .setCoder(keyed);
    for (int level = 1; level < KEYED_LEVELS; level++) {
      lists = lists
          .apply("ConcatenateLevel" + level, Combine.perKey(new ConcatenateFn<T>()))
          .apply("RekeyLevel" + level, MapElements.into(lists.getTypeDescriptor())
              .via(list -> KV.of(list.getKey() / FAN_IN, list.getValue())))
          .setCoder(keyed);
    }
    return lists
        .apply("ConcatenateLevel" + KEYED_LEVELS, Combine.perKey(new ConcatenateFn<T>()))
        .apply("DropKeys", Values.create())
        .setCoder(coder)
        .apply("Concatenate", Combine.globally(new ConcatenateFn<T>()))
        .setCoder(coder);
  }

  /**
   * Holds a bundle's elements and emits them as one list when the bundle ends, under a random key
   * (the result has no order, so which key does not matter).
   */
  private static final class GatherBundleFn<T> extends DoFn<T, KV<Integer, List<T>>> {
    private final int keys;
    private transient List<T> bundle;

    GatherBundleFn(int keys) {
      this.keys = keys;
    }

    @StartBundle
    public void start() {
      bundle = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element T element) {
      bundle.add(element);
    }

    @FinishBundle
    public void finish(FinishBundleContext context) {
      if (!bundle.isEmpty()) {
        context.output(KV.of(ThreadLocalRandom.current().nextInt(keys), bundle), GlobalWindow.INSTANCE.maxTimestamp(),
            GlobalWindow.INSTANCE);
      }
      bundle = null;
    }
  }

  private static final class ConcatenateFn<T> extends Combine.CombineFn<List<T>, List<T>, List<T>> {
    @Override
    public List<T> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<T> addInput(List<T> accumulator, List<T> input) {
      accumulator.addAll(input);
      return accumulator;
    }

    @Override
    public List<T> mergeAccumulators(Iterable<List<T>> accumulators) {
      List<T> merged = new ArrayList<>();
      accumulators.forEach(merged::addAll);
      return merged;
    }

    @Override
    public List<T> extractOutput(List<T> accumulator) {
      return accumulator;
    }
  }
}
