package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.run.MorePipelines;
import io.quantbeam.pipelines.run.PipelineEntry;
import java.util.List;

/** Puts {@code merton-benchmark} into the launcher's catalog when the benchmarks are on the class path. */
public final class MertonBenchmarks implements MorePipelines {

  @Override
  public List<PipelineEntry<?>> entries() {
    return List.of(MertonBenchmarkPipeline.ENTRY);
  }
}
