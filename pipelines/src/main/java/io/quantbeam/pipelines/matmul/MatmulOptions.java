package io.quantbeam.pipelines.matmul;

import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of the {@code matmul} pipeline: C = A·B for block matrices; see specs/matmul.md. */
public interface MatmulOptions extends QuantbeamOptions {

  @Description("Folder of matrix A, local or s3:// (matrix.json and block-<i>-<j>.npy). Without --a and --b the "
      + "pipeline generates a sample A and B (see --sampleSize) next to the output and multiplies them.")
  String getA();

  void setA(String value);

  @Description("Folder of matrix B; its row blocking must equal A's column blocking.")
  String getB();

  void setB(String value);

  @Description("Output folder of C = A·B, local or s3://; written with A's block rows and B's block columns. "
      + "matrix.json appears only when every block is written (and verified, with --verify). Default: out/matmul.")
  String getOutput();

  void setOutput(String value);

  @Description("Check the product with Freivalds' algorithm (C·x against A·(B·x) for random x, O(n²) work); "
      + "the run fails, and writes no matrix.json, if a relative residual exceeds 1e-9. Always on for the sample.")
  @Default.Boolean(false)
  boolean getVerify();

  void setVerify(boolean value);

  @Description("Fail the run, naming the block, if an input block holds NaN.")
  @Default.Boolean(false)
  boolean getRejectNaN();

  void setRejectNaN(boolean value);

  @Description("Threads each block product gets from BLAS (OpenBLAS: openblas_set_num_threads on every worker). "
      + "0: one per task when the runner runs tasks in parallel, BLAS's default otherwise; OPENBLAS_NUM_THREADS in "
      + "the environment, if set, is kept. The summary says what was chosen.")
  @Default.Integer(0)
  int getBlasThreads();

  void setBlasThreads(int value);

  @Description("Size n of the sample's square matrices A and B (used when --a and --b are not given).")
  @Default.Integer(2048)
  int getSampleSize();

  void setSampleSize(int value);

  @Description("Block size of the sample's matrices.")
  @Default.Integer(512)
  int getSampleBlockSize();

  void setSampleBlockSize(int value);
}
