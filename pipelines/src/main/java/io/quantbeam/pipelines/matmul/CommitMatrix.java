package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.FreivaldsVerdict;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.transforms.matmul.MatmulMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Gauge;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of a run that writes a matrix: once every block is written (and, when asked,
 * Freivalds' check has passed), writes {@code matrix.json}, which makes the folder a complete
 * matrix. If blocks are missing or the check failed, the run fails and no {@code matrix.json} is
 * written.
 */
final class CommitMatrix extends PTransform<PBegin, PDone> {

  /** Gauge holding the IEEE 754 bits of the worst Freivalds ratio, for the driver's summary. */
  static final String WORST_RATIO_BITS = "freivaldsWorstRatioBits";

  private static final Logger LOG = LoggerFactory.getLogger(CommitMatrix.class);

  private final MatrixFolder folder;
  private final MatrixLayout layout;
  private final PCollection<Long> written;
  private final PCollection<FreivaldsVerdict> verdict;
  private final NonFiniteInputs inputs;

  private CommitMatrix(MatrixFolder folder, MatrixLayout layout, PCollection<Long> written,
      PCollection<FreivaldsVerdict> verdict, NonFiniteInputs inputs) {
    this.folder = folder;
    this.layout = layout;
    this.written = written;
    this.verdict = verdict;
    this.inputs = inputs;
  }

  /** Commits after {@code written}, the number of blocks written (one element). */
  static CommitMatrix after(MatrixFolder folder, MatrixLayout layout, PCollection<Long> written) {
    return new CommitMatrix(folder, layout, written, null, null);
  }

  /**
   * Commits after {@code written}, and only if {@code verdict} (one element) passed. A failed check
   * looks for NaN/Inf in the inputs first, so that it names a bad input block rather than blaming C.
   */
  static CommitMatrix afterVerified(MatrixFolder folder, MatrixLayout layout, PCollection<Long> written,
      PCollection<FreivaldsVerdict> verdict, NonFiniteInputs inputs) {
    return new CommitMatrix(folder, layout, written, verdict, inputs);
  }

  @Override
  public PDone expand(PBegin begin) {
    PCollectionView<Long> writtenView = written.apply("BlocksWrittenView", View.asSingleton());
    List<PCollectionView<?>> sideInputs = new ArrayList<>(List.of(writtenView));
    PCollectionView<FreivaldsVerdict> verdictView = null;
    if (verdict != null) {
      verdictView = verdict.apply("VerdictView", View.asSingleton());
      sideInputs.add(verdictView);
    }
    begin.apply("Once", Create.of(folder.location()))
        .apply("WriteMatrixJson", ParDo.of(new CommitFn(folder, layout, writtenView, verdictView, inputs))
            .withSideInputs(sideInputs));
    return PDone.in(begin.getPipeline());
  }

  private static final class CommitFn extends DoFn<String, Void> {
    private final MatrixFolder folder;
    private final MatrixLayout layout;
    private final PCollectionView<Long> written;
    private final PCollectionView<FreivaldsVerdict> verdict;
    private final NonFiniteInputs inputs;
    private final Gauge worstRatio = Metrics.gauge(MatmulMetrics.NAMESPACE, WORST_RATIO_BITS);

    CommitFn(MatrixFolder folder, MatrixLayout layout, PCollectionView<Long> written,
        PCollectionView<FreivaldsVerdict> verdict, NonFiniteInputs inputs) {
      this.folder = folder;
      this.layout = layout;
      this.written = written;
      this.verdict = verdict;
      this.inputs = inputs;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      long blocks = context.sideInput(written);
      if (blocks != layout.blockCount()) {
        throw new IllegalStateException("wrote " + blocks + " blocks to " + folder + ", the layout "
            + layout.describe() + " has " + layout.blockCount() + "; matrix.json not written");
      }
      if (verdict != null) {
        FreivaldsVerdict check = context.sideInput(verdict);
        worstRatio.set(Double.doubleToLongBits(check.worstRatio()));
        if (check.rowsChecked() != layout.rows()) {
          throw new IllegalStateException("Freivalds' check covered " + check.rowsChecked() + " of " + layout.rows()
              + " rows; matrix.json not written");
        }
        if (!check.passed()) {
          String bad = inputs.describe();
          if (!bad.isEmpty()) {
            throw new IllegalStateException("Freivalds' check of C = A·B " + check.describe() + ": the inputs hold "
                + "NaN/Inf, which propagate into C, so C cannot be verified (the product is not at fault): " + bad
                + ". matrix.json not written");
          }
          throw new IllegalStateException("Freivalds' check of C = A·B " + check.describe()
              + ". The blocks in " + folder + " are wrong; matrix.json not written");
        }
        LOG.info("Freivalds' check {}", check.describe());
      }
      try {
        folder.writeLayout(layout);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + MatrixFolder.METADATA + " in " + folder + ": " + e, e);
      }
    }
  }
}
