package io.quantbeam.transforms.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.models.merton.MertonEstimator;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.models.merton.MertonSettings;
import io.quantbeam.transforms.progress.ProgressCounters;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Runs the Merton model on every firm: one firm in, one columnar result out. Firms with too short
 * a history give no result and are counted ({@code firms_insufficient_history}).
 */
public final class EstimateMerton extends PTransform<PCollection<FirmHistory>, PCollection<MertonResult>> {

  private final MertonSettings settings;

  public EstimateMerton(MertonSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<MertonResult> expand(PCollection<FirmHistory> firms) {
    return firms.apply("Estimate", ParDo.of(new EstimateFn(settings))).setCoder(MertonResultCoder.of());
  }

  private static final class EstimateFn extends DoFn<FirmHistory, MertonResult> {
    private final MertonSettings settings;
    private final Counter solves = ProgressCounters.counter(MertonMetrics.NAMESPACE, MertonMetrics.SOLVES);
    private final Counter firmsEstimated = ProgressCounters.counter(MertonMetrics.NAMESPACE, MertonMetrics.FIRMS_ESTIMATED);
    private final Counter firmsShort = counter(MertonMetrics.FIRMS_INSUFFICIENT_HISTORY);
    private final Counter rowsUsed = counter(MertonMetrics.ROWS_USED);
    private final Counter rowsShort = counter(MertonMetrics.ROWS_INSUFFICIENT_HISTORY);
    private final Counter outputRows = counter(MertonMetrics.OUTPUT_ROWS);
    private final Counter nonConverged = counter(MertonMetrics.NON_CONVERGED_ROWS);
    private transient MertonEstimator estimator;

    EstimateFn(MertonSettings settings) {
      this.settings = settings;
    }

    private static Counter counter(String name) {
      return Metrics.counter(MertonMetrics.NAMESPACE, name);
    }

    @Setup
    public void setup() {
      estimator = new MertonEstimator(settings); // keeps scratch buffers: one per DoFn instance
    }

    @ProcessElement
    public void process(@Element FirmHistory firm, OutputReceiver<MertonResult> out) {
      MertonResult result = estimator.estimate(firm);
      if (result.insufficientHistory()) {
        firmsShort.inc();
        rowsShort.inc(firm.size());
        return;
      }
      firmsEstimated.inc();
      rowsUsed.inc(firm.size());
      solves.inc(result.totalSolves());
      outputRows.inc(result.rows());
      nonConverged.inc(result.nonConvergedRows());
      out.output(result);
    }
  }
}
