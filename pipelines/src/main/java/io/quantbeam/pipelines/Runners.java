package io.quantbeam.pipelines;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
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

  /**
   * How many elements the runner works on at once: the Direct runner's target parallelism, the
   * Flink job's parallelism (cores when unset), else the cores of this machine.
   */
  public static int parallelism(PipelineOptions options) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (options.getRunner() == DirectRunner.class) {
      return options.as(DirectOptions.class).getTargetParallelism();
    }
    if (options.getRunner() == FlinkRunner.class) {
      int parallelism = options.as(FlinkPipelineOptions.class).getParallelism();
      return parallelism > 0 ? parallelism : cores;
    }
    return cores;
  }

  /** The runner's short name for summaries. */
  public static String name(PipelineOptions options) {
    return options.getRunner().getSimpleName();
  }
}
