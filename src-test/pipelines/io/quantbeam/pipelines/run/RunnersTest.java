package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class RunnersTest {

  @Test
  void theDirectRunnerUsesOneThreadPerCoreByDefault() {
    DirectOptions options = PipelineOptionsFactory.fromArgs().as(DirectOptions.class);
    Runners.tune(options);
    assertEquals(Runtime.getRuntime().availableProcessors(), options.getTargetParallelism());
    assertEquals(options.getTargetParallelism(), Runners.parallelism(options));
  }

  @Test
  void aUsersTargetParallelismIsKept() {
    DirectOptions options = PipelineOptionsFactory.fromArgs("--targetParallelism=7").as(DirectOptions.class);
    Runners.tune(options);
    assertEquals(7, options.getTargetParallelism());
    assertEquals(7, Runners.parallelism(options));
  }
}
