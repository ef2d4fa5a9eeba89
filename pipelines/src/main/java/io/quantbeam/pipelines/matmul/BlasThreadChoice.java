package io.quantbeam.pipelines.matmul;

import io.quantbeam.pipelines.run.Runners;
import java.util.Locale;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How many threads each block product gets from BLAS, and why. A runner that runs several tasks at
 * once already keeps every core busy with one dgemm per task; OpenBLAS's default (one thread per
 * core for every call) then puts cores × tasks threads on the cores, which spin while they wait for
 * each other (measured in pipelines/docs/matmul.md, "BLAS threads"). So by default each task gets
 * one thread when tasks run in parallel, and BLAS keeps its own default when they do not. An explicit
 * {@code --blasThreads} wins, then {@code OPENBLAS_NUM_THREADS} from the environment.
 *
 * @param threads threads per BLAS call to set on every worker; 0 leaves BLAS as it is
 * @param reason the choice in words, for the summary
 */
record BlasThreadChoice(int threads, String reason) {

  static final String ENVIRONMENT = "OPENBLAS_NUM_THREADS";

  static BlasThreadChoice of(MatmulOptions options) {
    return of(options.getBlasThreads(), System.getenv(ENVIRONMENT), Runners.parallelism(options),
        Runtime.getRuntime().availableProcessors(), options);
  }

  static BlasThreadChoice of(int option, String environment, int parallelism, int cores, PipelineOptions options) {
    if (option < 0) {
      throw new IllegalArgumentException("--blasThreads must be 0 (automatic) or a number of threads, got " + option);
    }
    if (option > 0) {
      return new BlasThreadChoice(option, option + " per block product (--blasThreads)");
    }
    if (environment != null && !environment.isBlank()) {
      return new BlasThreadChoice(0, ENVIRONMENT + "=" + environment.strip() + " from the environment");
    }
    if (parallelism > 1) {
      return new BlasThreadChoice(1, String.format(Locale.ROOT,
          "1 per block product: %s runs %d tasks at once on %d cores (override with --blasThreads=N)",
          Runners.name(options), parallelism, cores));
    }
    return new BlasThreadChoice(0, "BLAS's default: tasks run one at a time (override with --blasThreads=N)");
  }
}
