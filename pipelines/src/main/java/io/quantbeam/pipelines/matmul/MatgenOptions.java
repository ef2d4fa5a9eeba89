package io.quantbeam.pipelines.matmul;

import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/** Options of the {@code matgen} pipeline: a random block matrix; see specs/matmul.md. */
public interface MatgenOptions extends QuantbeamOptions {

  @Description("Number of rows of the matrix.")
  @Validation.Required
  Integer getRows();

  void setRows(Integer value);

  @Description("Number of columns of the matrix.")
  @Validation.Required
  Integer getCols();

  void setCols(Integer value);

  @Description("Rows per block (the last block row may be smaller).")
  @Validation.Required
  Integer getBlockRows();

  void setBlockRows(Integer value);

  @Description("Columns per block (the last block column may be smaller).")
  @Validation.Required
  Integer getBlockCols();

  void setBlockCols(Integer value);

  @Description("Seed: block (i, j) holds values uniform on [-1, 1) that depend only on seed, i and j.")
  @Default.Long(42L) // every pipeline's --seed defaults to 42: Beam's option registry is shared by the JVM
  long getSeed();

  void setSeed(long value);

  @Description("Output folder of the matrix, local or s3:// (matrix.json and block-<i>-<j>.npy files).")
  @Validation.Required
  String getOutput();

  void setOutput(String value);
}
