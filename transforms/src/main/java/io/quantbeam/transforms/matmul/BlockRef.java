package io.quantbeam.transforms.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A handle on a block that stays in storage: its coordinates and shape. This is what the block
 * join moves between workers; the values are fetched where they are multiplied.
 *
 * @param blockRow block row index i, &ge; 0
 * @param blockCol block column index j, &ge; 0
 * @param rows rows in the block, &gt; 0
 * @param cols columns in the block, &gt; 0
 */
public record BlockRef(int blockRow, int blockCol, int rows, int cols) {

  public BlockRef {
    if (blockRow < 0 || blockCol < 0 || rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("invalid block reference (" + blockRow + ", " + blockCol + ") of " + rows
          + " x " + cols);
    }
  }

  /** References to every block of the layout, row by row. */
  public static List<BlockRef> allOf(MatrixLayout layout) {
    List<BlockRef> refs = new ArrayList<>();
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        refs.add(new BlockRef(i, j, layout.rowsInBlockRow(i), layout.colsInBlockCol(j)));
      }
    }
    return refs;
  }

  /** Encodes the four fields as variable-length ints. Deterministic. */
  public static final class Coder extends AtomicCoder<BlockRef> {
    private static final Coder INSTANCE = new Coder();
    private static final VarIntCoder INT = VarIntCoder.of();

    private Coder() {}

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(BlockRef ref, OutputStream out) throws IOException {
      INT.encode(ref.blockRow(), out);
      INT.encode(ref.blockCol(), out);
      INT.encode(ref.rows(), out);
      INT.encode(ref.cols(), out);
    }

    @Override
    public BlockRef decode(InputStream in) throws IOException {
      return new BlockRef(INT.decode(in), INT.decode(in), INT.decode(in), INT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
