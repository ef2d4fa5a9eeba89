package io.quantbeam.transforms.progress;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Beam counters that a live progress line can read while the run is going. Each is a normal Beam
 * counter (the summary, run.json and cluster UIs use it) that also adds to a tally in this JVM:
 * runners working in-process (Direct, embedded Flink, local Spark) report Beam metrics only at the
 * end, or not at all mid-run, but their workers share this JVM's tallies. On a cluster the tallies
 * stay in the workers and the runner's own UI shows progress.
 */
public final class ProgressCounters {

  private static final Map<String, LongAdder> TALLIES = new ConcurrentHashMap<>();

  private ProgressCounters() {}

  /** A Beam counter {@code namespace/name} that is also tallied in this JVM. */
  public static Counter counter(String namespace, String name) {
    return new Tallied(Metrics.counter(namespace, name), tally(namespace, name));
  }

  /** This JVM's tally of {@code namespace/name} so far (retried work may be counted twice). */
  public static long current(String namespace, String name) {
    LongAdder tally = TALLIES.get(key(namespace, name));
    return tally == null ? 0 : tally.sum();
  }

  /** Forgets the tallies of {@code namespace}, before a new run in the same JVM. */
  public static void reset(String namespace) {
    TALLIES.keySet().removeIf(k -> k.startsWith(namespace + "/"));
  }

  private static LongAdder tally(String namespace, String name) {
    return TALLIES.computeIfAbsent(key(namespace, name), k -> new LongAdder());
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }

  private static final class Tallied implements Counter, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Counter delegate;
    private final String namespace;
    private final String name;
    private transient LongAdder tally;

    Tallied(Counter delegate, LongAdder tally) {
      this.delegate = delegate;
      this.namespace = delegate.getName().getNamespace();
      this.name = delegate.getName().getName();
      this.tally = tally;
    }

    private LongAdder tally() {
      if (tally == null) { // after deserialisation on a worker
        tally = ProgressCounters.tally(namespace, name);
      }
      return tally;
    }

    @Override
    public void inc() {
      inc(1);
    }

    @Override
    public void inc(long n) {
      delegate.inc(n);
      tally().add(n);
    }

    @Override
    public void dec() {
      inc(-1);
    }

    @Override
    public void dec(long n) {
      inc(-n);
    }

    @Override
    public MetricName getName() {
      return delegate.getName();
    }
  }
}
