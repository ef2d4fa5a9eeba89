package io.quantbeam.transforms.combine;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Gathers every input into one list, in no particular order. For small collections only (file
 * names, per-firm summaries): the whole list is held in memory. Callers that need a fixed order sort
 * the result.
 *
 * @param <T> the element type
 */
public final class CollectToList<T> extends Combine.CombineFn<T, List<T>, List<T>> {

  @Override
  public List<T> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<T> addInput(List<T> accumulator, T input) {
    accumulator.add(input);
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
