package io.quantbeam.pipelines.run;

import io.quantbeam.pipelines.io.OutputTable;
import java.util.function.LongSupplier;

/**
 * What a run's progress line counts: units done (a progress counter of the pipeline's metrics
 * namespace) out of an expected total, and optionally the rate of a second counter.
 *
 * @param total units expected in all, or the best lower bound known so far (≤ 0: unknown)
 * @param rateCounter a second counter whose rate is shown (e.g. solves), or null
 */
public record Progress(String namespace, String doneCounter, String unit, LongSupplier total, String rateCounter,
    String rateUnit) {

  /** Units done of {@code total}, without a second rate. */
  public static Progress of(String namespace, String doneCounter, String unit, LongSupplier total) {
    return new Progress(namespace, doneCounter, unit, total, null, null);
  }

  /** Rows written so far by {@link OutputTable#writeTo} under {@code prefix}, of {@code total}. */
  public static Progress rowsWritten(String prefix, String unit, LongSupplier total) {
    return of(OutputTable.NAMESPACE, OutputTable.rowsWritten(prefix), unit, total);
  }

  /** Also shows the rate of {@code rateCounter} in {@code rateUnit} per second. */
  public Progress withRate(String counter, String unitOfRate) {
    return new Progress(namespace, doneCounter, unit, total, counter, unitOfRate);
  }

  ProgressLine show(String label) {
    return new ProgressLine(label, namespace, doneCounter, unit, total, rateCounter, rateUnit);
  }
}
