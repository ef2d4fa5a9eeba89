package io.quantbeam.pipelines.run;

import java.util.List;

/**
 * Pipelines outside the main code that the launcher should also list, found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/io.quantbeam.pipelines.run.MorePipelines}
 * file names the implementation): the benchmark harnesses, which compile with the tests and are on
 * the class path of {@code mvn test-compile exec:java} but not in the jars.
 */
public interface MorePipelines {

  List<PipelineEntry<?>> entries();
}
