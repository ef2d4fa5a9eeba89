package io.quantbeam.pipelines;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/** Runner settings every quantbeam pipeline applies before it builds its graph. */
public final class Runners {

  private Runners() {}

  /**
   * On the Direct runner: one worker thread per core, and without the immutability and
   * encodability checks, which only cost time on coarse elements (the transforms' own tests keep
   * them on).
   */
  public static void tune(PipelineOptions options) {
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      direct.setEnforceImmutability(false);
      direct.setEnforceEncodability(false);
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
  }

  /** The runner's short name for summaries. */
  public static String name(PipelineOptions options) {
    return options.getRunner().getSimpleName();
  }
}
