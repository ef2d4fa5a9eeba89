package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.RunMetrics;
import io.quantbeam.transforms.stress.StressMetrics;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.joda.time.Duration;

/**
 * Waits for a run, printing progress from its Beam metrics every few seconds where the runner
 * returns before the job ends (Direct with blockOnRun off): shards done of the total, scenarios
 * evaluated, scenarios per second. Runners that block in run() show the same counters in their UI.
 */
final class StressProgress {

  private static final Duration INTERVAL = Duration.standardSeconds(5);

  private StressProgress() {}

  static void waitUntilFinish(PipelineResult result, long shardsTotal, long startedNanos) {
    while (!result.getState().isTerminal()) {
      result.waitUntilFinish(INTERVAL);
      if (result.getState().isTerminal()) {
        break;
      }
      RunMetrics m = RunMetrics.of(result, StressMetrics.NAMESPACE);
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      long scenarios = m.counter(StressMetrics.SCENARIOS_EVALUATED);
      System.out.printf(Locale.ROOT, "  progress: %,d%s shards, %,d scenarios, %,.0f scenarios/s%n",
          m.counter(StressMetrics.SHARDS_DONE), shardsTotal > 0 ? String.format(Locale.ROOT, "/%,d", shardsTotal) : "",
          scenarios, scenarios / Math.max(seconds, 1e-9));
    }
    result.waitUntilFinish();
  }
}
