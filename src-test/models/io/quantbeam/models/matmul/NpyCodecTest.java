package io.quantbeam.models.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NpyCodecTest {

  @Test
  void headerMatchesNumpySaveByteForByte() {
    // What numpy.save(f, numpy.zeros((3, 5))) writes: magic, version 1.0, header length 118 (0x76)
    // little-endian, the dict, 20 spare spaces for the growth axis, padding to 128 bytes, newline.
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 5), }";
    byte[] expected = new byte[128];
    Arrays.fill(expected, (byte) ' ');
    byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 0x76, 0};
    System.arraycopy(prefix, 0, expected, 0, prefix.length);
    byte[] text = dict.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, expected, prefix.length, text.length);
    expected[127] = '\n';
    assertArrayEquals(expected, NpyCodec.encodeHeader(3, 5));
  }

  @Test
  void headersAreAlignedTo64BytesForAnyShape() {
    for (int[] shape : new int[][] {{1, 1}, {512, 512}, {2048, 1000}, {Integer.MAX_VALUE, 1}, {0, 7}}) {
      byte[] header = NpyCodec.encodeHeader(shape[0], shape[1]);
      assertEquals(0, header.length % 64, Arrays.toString(shape));
      assertEquals('\n', header[header.length - 1]);
      NpyHeader parsed = NpyCodec.decodeHeader(ByteBuffer.wrap(header));
      assertEquals(new NpyHeader(shape[0], shape[1], false, header.length), parsed);
    }
  }

  @Test
  void dataRoundTripsInChunksOfAnySize() {
    double[] values = {0.0, -0.0, 1.5, -2.25, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI, 1e-300, -7, 42, 3, 4};
    NpyHeader header = new NpyHeader(3, 4, false, 128);
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 8);
    NpyCodec.encodeData(values, 0, 5, bytes);
    NpyCodec.encodeData(values, 5, 7, bytes);
    assertEquals(0, bytes.remaining());
    assertEquals(0x3ff8000000000000L, ByteBuffer.wrap(bytes.array(), 16, 8).order(ByteOrder.LITTLE_ENDIAN).getLong(),
        "1.5 little-endian");
    bytes.flip();
    double[] decoded = new double[12];
    NpyCodec.decodeData(bytes, header, decoded, 0, 7);
    NpyCodec.decodeData(bytes, header, decoded, 7, 5);
    for (int e = 0; e < values.length; e++) {
      assertEquals(Double.doubleToRawLongBits(values[e]), Double.doubleToRawLongBits(decoded[e]), "value " + e);
    }
  }

  @Test
  void fortranOrderIsTransposedToCOrder() {
    String dict = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }";
    ByteBuffer file = file(1, dict);
    NpyHeader header = NpyCodec.decodeHeader(file);
    assertTrue(header.fortranOrder());
    // Column-major storage of [[1, 2, 3], [4, 5, 6]] is 1, 4, 2, 5, 3, 6.
    ByteBuffer data = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : new double[] {1, 4, 2, 5, 3, 6}) {
      data.putDouble(v);
    }
    data.flip();
    double[] values = new double[6];
    NpyCodec.decodeData(data, header, values, 0, 2);
    NpyCodec.decodeData(data, header, values, 2, 4);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, values, 0.0);
  }

  @Test
  void readsVersion2And3HeadersAndOtherSpellings() {
    for (int major : new int[] {2, 3}) {
      ByteBuffer file = file(major, "{\"shape\": (4,7), \"fortran_order\": False, \"descr\": '<f8'}");
      NpyHeader header = NpyCodec.decodeHeader(file);
      assertEquals(4, header.rows());
      assertEquals(7, header.cols());
      assertEquals(file.limit(), header.headerBytes());
    }
  }

  @Test
  void rejectsWhatIsNotA2dLittleEndianFloat64Array() {
    assertRejected(file(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }"), "dtype must be '<f8'");
    assertRejected(file(1, "{'descr': '>f8', 'fortran_order': False, 'shape': (2, 2), }"), "got '>f8'");
    assertRejected(file(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }"), "expected a 2-D array");
    assertRejected(file(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2, 2), }"), "expected a 2-D array");
    assertRejected(file(1, "{'descr': '<f8', 'shape': (2, 2), }"), "header keys must be");
    assertRejected(file(1, "{'descr': '<f8', 'fortran_order': 0, 'shape': (2, 2), }"), "malformed header");
    assertRejected(file(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, -2), }"), "malformed header");
    assertRejected(file(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999, 2), }"), "too large");
    assertRejected(file(4, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }"), "unsupported .npy version 4.0");
    assertRejected(ByteBuffer.wrap("PK\3\4 a zip file, not npy".getBytes(StandardCharsets.US_ASCII)), "not a .npy file");
  }

  @Test
  void truncationIsReported() {
    byte[] header = NpyCodec.encodeHeader(2, 2);
    assertRejected(ByteBuffer.wrap(header, 0, 4).slice(), "truncated");
    assertRejected(ByteBuffer.wrap(header, 0, 60).slice(), "truncated: the header announces 128 bytes, only 60");
    NpyHeader parsed = NpyCodec.decodeHeader(ByteBuffer.wrap(header));
    assertEquals(128 + 32, parsed.fileBytes());
    NpyFormatException data = assertThrows(NpyFormatException.class,
        () -> NpyCodec.decodeData(ByteBuffer.allocate(24), parsed, new double[4], 0, 4));
    assertTrue(data.getMessage().contains("truncated: 4 values need 32 bytes, 24 present"), data.getMessage());
  }

  private static void assertRejected(ByteBuffer file, String expectedMessage) {
    NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyCodec.decodeHeader(file));
    assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
  }

  /** A header of the given version around {@code dict}, padded like NumPy pads. */
  private static ByteBuffer file(int major, String dict) {
    int prefix = major == 1 ? 10 : 12;
    int padded = (prefix + dict.length() + 1 + 63) / 64 * 64;
    String text = dict + " ".repeat(padded - prefix - dict.length() - 1) + "\n";
    ByteBuffer buffer = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      buffer.putShort((short) text.length());
    } else {
      buffer.putInt(text.length());
    }
    buffer.put(text.getBytes(StandardCharsets.US_ASCII));
    return buffer.flip();
  }
}
