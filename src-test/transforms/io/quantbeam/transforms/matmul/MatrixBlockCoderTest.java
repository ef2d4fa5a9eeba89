package io.quantbeam.transforms.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import java.io.ByteArrayInputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class MatrixBlockCoderTest {

  @Test
  void blocksRoundTripBitForBit() throws Exception {
    MatrixBlock ragged = new SeededBlockGenerator(3).block(new MatrixLayout(10_000, 70, 8192, 64), 1, 1);
    MatrixBlock special = new MatrixBlock(4, 5, 2, 2, new double[] {-0.0, Double.NaN, Double.NEGATIVE_INFINITY, 1e-310});
    for (MatrixBlock block : new MatrixBlock[] {ragged, special}) {
      CoderProperties.coderDecodeEncodeEqual(MatrixBlockCoder.of(), block);
      CoderProperties.coderDeterministic(MatrixBlockCoder.of(), block, block);
    }
    byte[] encoded = CoderUtils.encodeToByteArray(MatrixBlockCoder.of(), ragged);
    assertEquals(1 + 1 + 2 + 1 + 8L * 1808 * 6, encoded.length, "varint coordinates and shape, then 8 bytes per value");
  }

  @Test
  void panelsRoundTrip() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(ProbePanelCoder.of(), new ProbePanel(3, new double[] {1, 2}, new double[] {3, 4}));
    CoderProperties.coderDecodeEncodeEqual(ProbePanelCoder.of(), new ProbePanel(-1, new double[] {1, 2}, new double[0]));
  }

  @Test
  void truncatedEncodingIsAnError() throws Exception {
    byte[] encoded = CoderUtils.encodeToByteArray(MatrixBlockCoder.of(), new MatrixBlock(0, 0, 2, 2, new double[4]));
    assertThrows(java.io.EOFException.class,
        () -> MatrixBlockCoder.of().decode(new ByteArrayInputStream(encoded, 0, encoded.length - 1)));
    assertThrows(CoderException.class, () -> MatrixBlockCoder.of().decode(new ByteArrayInputStream(new byte[] {0, 0, 0, 0})));
  }
}
