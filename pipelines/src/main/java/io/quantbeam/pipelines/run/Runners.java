package io.quantbeam.pipelines.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.aws.QuantbeamS3ClientBuilderFactory;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;

/** Runner settings every quantbeam pipeline applies before it builds its graph. */
public final class Runners {

  /** Compared by name: the EMR jar has no Flink classes, so this class must not load FlinkRunner. */
  private static final String FLINK_RUNNER = "org.apache.beam.runners.flink.FlinkRunner";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Runners() {}

  /**
   * On the Direct runner: one worker thread per core unless {@code --targetParallelism} is given, and without the immutability and
   * encodability checks, which only cost time on coarse elements (the transforms' own tests keep
   * them on). On every runner: the S3 client of {@link QuantbeamS3ClientBuilderFactory} (explicit
   * retries, {@code --s3PathStyleAccess}) unless {@code --s3ClientFactoryClass} names another one,
   * and the file systems set up with these options, so that checking inputs and clearing outputs
   * on {@code s3://} works before the pipeline is created.
   */
  public static void tune(PipelineOptions options) {
    QuantbeamS3ClientBuilderFactory.selectUnlessAnotherIsChosen(options);
    FileSystems.setDefaultPipelineOptions(options);
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      direct.setEnforceImmutability(false);
      direct.setEnforceEncodability(false);
      if (!isSet(options, "targetParallelism")) {
        direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
      }
    }
  }

  /**
   * Whether the user gave option {@code name} (on the command line or by a setter): Beam serialises
   * only options that were set or whose default was already computed, and nothing here reads
   * them before {@link #tune}.
   */
  static boolean isSet(PipelineOptions options, String name) {
    try {
      return JSON.valueToTree(options).path("options").has(name);
    } catch (IllegalArgumentException e) {
      return false; // an option value Jackson cannot serialise: treat the option as not given
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
    if (options.getRunner().getName().equals(FLINK_RUNNER)) {
      int parallelism = FlinkParallelism.of(options);
      return parallelism > 0 ? parallelism : cores;
    }
    return cores;
  }

  /** The runner's short name for summaries. */
  public static String name(PipelineOptions options) {
    return options.getRunner().getSimpleName();
  }

  /** Loaded only when the runner is Flink, so that jars without Flink never need its classes. */
  private static final class FlinkParallelism {
    static int of(PipelineOptions options) {
      return options.as(FlinkPipelineOptions.class).getParallelism();
    }
  }
}
