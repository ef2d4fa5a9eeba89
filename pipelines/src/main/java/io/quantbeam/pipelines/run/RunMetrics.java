package io.quantbeam.pipelines.run;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Reads a finished run's Beam counters (committed where the runner has them, else attempted). */
public final class RunMetrics {

  private final Map<String, Long> counters = new TreeMap<>();

  private RunMetrics() {}

  /** All counters of {@code namespace}, by name. */
  public static RunMetrics of(PipelineResult result, String namespace) {
    RunMetrics metrics = new RunMetrics();
    MetricQueryResults query = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : query.getCounters()) {
      if (namespace.equals(counter.getName().getNamespace())) {
        metrics.counters.merge(counter.getName().getName(), valueOf(counter), Long::sum);
      }
    }
    return metrics;
  }

  private static long valueOf(MetricResult<Long> counter) {
    try {
      Long committed = counter.getCommitted();
      if (committed != null) {
        return committed;
      }
    } catch (UnsupportedOperationException e) {
      // runner without committed metrics (Flink batch): attempted is exact once the job is done
    }
    return counter.getAttempted() == null ? 0 : counter.getAttempted();
  }

  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** Every counter, by name. */
  public Map<String, Long> all() {
    return new TreeMap<>(counters);
  }

  /** Counters whose name starts with {@code prefix}, by the rest of their name. */
  public Map<String, Long> withPrefix(String prefix) {
    Map<String, Long> found = new TreeMap<>();
    counters.forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        found.put(name.substring(prefix.length()), value);
      }
    });
    return found;
  }
}
