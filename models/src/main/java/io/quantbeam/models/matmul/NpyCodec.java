package io.quantbeam.models.matmul;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The NumPy {@code .npy} format for 2-D little-endian float64 arrays (NumPy's
 * {@code numpy.lib.format}): the magic string {@code \x93NUMPY}, a version, a little-endian header
 * length, then a Python dict literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (r, c), }}
 * padded with spaces and a final newline so that the data starts on a 64-byte boundary, then the
 * values.
 *
 * <p>Writing produces version 1.0 headers byte for byte as {@code numpy.save} does (including the
 * spare spaces NumPy leaves so the shape can grow in place). Reading accepts versions 1.0, 2.0 and
 * 3.0, C or Fortran order, and only the {@code '<f8'} dtype.
 *
 * <p>Works on byte buffers only, so callers choose the storage and stream large arrays in chunks.
 */
public final class NpyCodec {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGNMENT = 64;
  /** Spaces NumPy reserves so the growth axis of the shape can be rewritten with up to 21 digits. */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  /** Bytes needed to learn the header length: magic, version and a length field of up to 4 bytes. */
  public static final int PREAMBLE_BYTES = MAGIC.length + 2 + 4;

  private NpyCodec() {}

  /** The version 1.0 header of a C-order float64 array of shape (rows, cols), as {@code numpy.save} writes it. */
  public static byte[] encodeHeader(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("shape must be non-negative, got (" + rows + ", " + cols + ")");
    }
    StringBuilder dict = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': (")
        .append(rows).append(", ").append(cols).append("), }");
    dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(rows).length()));
    int prefix = MAGIC.length + 2 + 2;
    int unpadded = prefix + dict.length() + 1;
    int padding = ALIGNMENT - unpadded % ALIGNMENT;
    dict.append(" ".repeat(padding)).append('\n');
    byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
    ByteBuffer header = ByteBuffer.allocate(prefix + text.length).order(ByteOrder.LITTLE_ENDIAN);
    header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
    return header.array();
  }

  /**
   * The total header length announced by the preamble at the buffer's position (not moved).
   *
   * @throws NpyFormatException if the magic or version is wrong or fewer than the needed bytes remain
   */
  public static int headerLength(ByteBuffer preamble) {
    ByteBuffer in = preamble.slice().order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < MAGIC.length + 2) {
      throw new NpyFormatException("truncated: " + in.remaining() + " bytes is shorter than the .npy preamble");
    }
    for (byte expected : MAGIC) {
      if (in.get() != expected) {
        throw new NpyFormatException("not a .npy file: it does not start with \\x93NUMPY");
      }
    }
    int major = in.get() & 0xff;
    int minor = in.get() & 0xff;
    if (major == 1 && minor == 0) {
      if (in.remaining() < 2) {
        throw new NpyFormatException("truncated: the header length field is missing");
      }
      return MAGIC.length + 4 + (in.getShort() & 0xffff);
    }
    if ((major == 2 || major == 3) && minor == 0) {
      if (in.remaining() < 4) {
        throw new NpyFormatException("truncated: the header length field is missing");
      }
      long length = MAGIC.length + 6 + (in.getInt() & 0xffffffffL);
      if (length > Integer.MAX_VALUE) {
        throw new NpyFormatException("header length " + length + " is implausibly large");
      }
      return (int) length;
    }
    throw new NpyFormatException("unsupported .npy version " + major + "." + minor + " (supported: 1.0, 2.0, 3.0)");
  }

  /**
   * Parses the complete header at the buffer's position (not moved).
   *
   * @throws NpyFormatException if the header is truncated or malformed, the dtype is not
   *     {@code '<f8'} or the array is not 2-D
   */
  public static NpyHeader decodeHeader(ByteBuffer buffer) {
    int length = headerLength(buffer);
    if (buffer.remaining() < length) {
      throw new NpyFormatException("truncated: the header announces " + length + " bytes, only "
          + buffer.remaining() + " present");
    }
    int dictStart = buffer.get(buffer.position() + MAGIC.length) == 1 ? MAGIC.length + 4 : MAGIC.length + 6;
    byte[] text = new byte[length - dictStart];
    buffer.slice().position(dictStart).get(text);
    return NpyHeaderDict.parse(new String(text, StandardCharsets.UTF_8), length);
  }

  /**
   * Decodes {@code count} values from the buffer's position (advanced past them) into the C-order
   * array {@code dst} of an array with the given header, starting at file element {@code first}
   * (0 = the first value after the header). Fortran-order data is transposed on the fly, so data may
   * arrive in chunks of any size that is a whole number of values.
   */
  public static void decodeData(ByteBuffer src, NpyHeader header, double[] dst, long first, int count) {
    if (dst.length != header.elementCount()) {
      throw new IllegalArgumentException("destination holds " + dst.length + " values, the array has "
          + header.elementCount());
    }
    if (first < 0 || count < 0 || first + count > dst.length) {
      throw new IndexOutOfBoundsException("values " + first + ".." + (first + count) + " outside 0.." + dst.length);
    }
    if (src.remaining() < (long) count * Double.BYTES) {
      throw new NpyFormatException("truncated: " + count + " values need " + (long) count * Double.BYTES
          + " bytes, " + src.remaining() + " present");
    }
    DoubleBuffer values = src.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
    if (!header.fortranOrder()) {
      values.get(dst, (int) first, count);
    } else {
      int rows = header.rows();
      int cols = header.cols();
      long element = first;
      for (int n = 0; n < count; n++, element++) {
        int col = (int) (element / rows);
        int row = (int) (element - (long) col * rows);
        dst[row * cols + col] = values.get(n);
      }
    }
    src.position(src.position() + count * Double.BYTES);
  }

  /** Encodes {@code count} values of {@code src} from {@code offset} little-endian at the buffer's position (advanced). */
  public static void encodeData(double[] src, int offset, int count, ByteBuffer dst) {
    if (dst.remaining() < (long) count * Double.BYTES) {
      throw new IllegalArgumentException(count + " values need " + (long) count * Double.BYTES + " bytes, the buffer has "
          + dst.remaining());
    }
    dst.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(src, offset, count);
    dst.position(dst.position() + count * Double.BYTES);
  }
}
