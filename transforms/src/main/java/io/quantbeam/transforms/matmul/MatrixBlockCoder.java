package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * Encodes a {@link MatrixBlock} as its coordinates and shape (variable-length ints) followed by
 * its values as raw little-endian float64: 8 bytes per value, no per-value overhead. Deterministic.
 */
public final class MatrixBlockCoder extends AtomicCoder<MatrixBlock> {

  private static final MatrixBlockCoder INSTANCE = new MatrixBlockCoder();
  private static final VarIntCoder INT = VarIntCoder.of();

  private MatrixBlockCoder() {}

  public static MatrixBlockCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(MatrixBlock block, OutputStream out) throws IOException {
    if (block == null) {
      throw new CoderException("cannot encode a null MatrixBlock");
    }
    INT.encode(block.blockRow(), out);
    INT.encode(block.blockCol(), out);
    INT.encode(block.rows(), out);
    INT.encode(block.cols(), out);
    DoubleArrays.write(block.values(), out);
  }

  @Override
  public MatrixBlock decode(InputStream in) throws IOException {
    int blockRow = INT.decode(in);
    int blockCol = INT.decode(in);
    int rows = INT.decode(in);
    int cols = INT.decode(in);
    if (rows <= 0 || cols <= 0 || (long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new CoderException("corrupt MatrixBlock encoding: shape " + rows + " x " + cols);
    }
    double[] values = new double[rows * cols];
    DoubleArrays.readFully(in, values);
    return new MatrixBlock(blockRow, blockCol, rows, cols, values);
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  protected long getEncodedElementByteSize(MatrixBlock block) throws Exception {
    return 4L * 5 + (long) block.values().length * Double.BYTES;
  }
}
