package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.run.MorePipelines;
import io.quantbeam.pipelines.run.PipelineEntry;
import java.util.List;

/** Puts {@code stress-benchmark} into the launcher's catalog when the benchmarks are on the class path. */
public final class StressBenchmarks implements MorePipelines {

  @Override
  public List<PipelineEntry<?>> entries() {
    return List.of(StressBenchmarkPipeline.ENTRY);
  }
}
