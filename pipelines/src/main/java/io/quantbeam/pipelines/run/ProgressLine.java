package io.quantbeam.pipelines.run;

import io.quantbeam.transforms.progress.ProgressCounters;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a run is while it goes: units done of total, rate and ETA, from the run's progress
 * counters. On a terminal one line is rewritten every second; otherwise (CI logs, files) a plain
 * line is printed every ten seconds.
 */
public final class ProgressLine implements AutoCloseable {

  private final String label;
  private final String namespace;
  private final String doneCounter;
  private final String unit;
  private final LongSupplier total;
  private final String rateCounter;
  private final String rateUnit;
  private final PrintStream out;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param total units expected in all, or a supplier of the best lower bound known so far (≤ 0: unknown)
   * @param rateCounter a second counter whose rate is shown (e.g. solves), or null
   */
  public ProgressLine(String label, String namespace, String doneCounter, String unit, LongSupplier total,
      String rateCounter, String rateUnit) {
    this.label = label;
    this.namespace = namespace;
    this.doneCounter = doneCounter;
    this.unit = unit;
    this.total = total;
    this.rateCounter = rateCounter;
    this.rateUnit = rateUnit;
    this.out = System.err;
    this.terminal = System.console() != null;
    ProgressCounters.reset(namespace);
    this.thread = new Thread(this::loop, "quantbeam-progress");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void loop() {
    long period = terminal ? 1_000 : 10_000;
    try {
      while (running) {
        Thread.sleep(period);
        if (running) {
          print(false);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The progress text at this moment. */
  String render() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long done = ProgressCounters.current(namespace, doneCounter);
    long expected = total.getAsLong();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s  %,d", label, done));
    if (expected > 0) {
      s.append(String.format(Locale.ROOT, " / %,d %s (%.0f%%)", expected, unit, 100.0 * done / expected));
    } else {
      s.append(' ').append(unit);
    }
    s.append(String.format(Locale.ROOT, "  %.0f %s/s", done / Math.max(seconds, 1e-9), unit));
    if (rateCounter != null) {
      s.append(String.format(Locale.ROOT, "  %,.0f %s/s", ProgressCounters.current(namespace, rateCounter)
          / Math.max(seconds, 1e-9), rateUnit));
    }
    if (expected > 0 && done > 0 && done < expected) {
      long eta = Math.round(seconds * (expected - done) / done);
      s.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
    }
    s.append(String.format(Locale.ROOT, "  elapsed %.0f s", seconds));
    return s.toString();
  }

  private synchronized void print(boolean last) {
    String line = render();
    if (terminal) {
      out.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
    } else {
      out.println(line);
    }
    out.flush();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    if (terminal) {
      print(true);
    }
  }
}
