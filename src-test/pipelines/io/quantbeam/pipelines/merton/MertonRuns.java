package io.quantbeam.pipelines.merton;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the real pipeline entry point with command-line style options, as users do. */
final class MertonRuns {

  private MertonRuns() {}

  static MertonOptions options(String... args) {
    PipelineOptionsFactory.register(MertonOptions.class);
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(MertonOptions.class);
  }

  static PipelineResult run(Path output, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--output=" + output);
    return MertonPipeline.run(options(all.toArray(String[]::new)));
  }
}
