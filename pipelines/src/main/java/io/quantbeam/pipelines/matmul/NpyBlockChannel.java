package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.NpyCodec;
import io.quantbeam.models.matmul.NpyFormatException;
import io.quantbeam.models.matmul.NpyHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Streams blocks between byte channels and {@code .npy} bytes through one reusable direct buffer
 * (one per worker thread: not thread-safe), so a block is decoded straight into its array.
 */
final class NpyBlockChannel {

  private static final int BUFFER_BYTES = 1 << 20;

  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /**
   * Reads a whole {@code .npy} block and checks it is exactly what the header announces.
   *
   * @throws NpyFormatException if the header is invalid, the data is short or bytes follow it
   */
  NpyBlock read(ReadableByteChannel channel) throws IOException {
    NpyHeader header = readHeader(channel);
    if (header.elementCount() > Integer.MAX_VALUE - 8) {
      throw new NpyFormatException("shape (" + header.rows() + ", " + header.cols() + ") is too large for one block");
    }
    double[] values = new double[(int) header.elementCount()];
    int valuesPerChunk = BUFFER_BYTES / Double.BYTES;
    for (int first = 0; first < values.length; first += valuesPerChunk) {
      int count = Math.min(valuesPerChunk, values.length - first);
      buffer.clear().limit(count * Double.BYTES);
      int read = fill(channel);
      if (read < count * Double.BYTES) {
        throw new NpyFormatException("truncated: the header announces " + header.dataBytes() + " data bytes for shape ("
            + header.rows() + ", " + header.cols() + "), the file ends after " + ((long) first * Double.BYTES + read));
      }
      buffer.flip();
      NpyCodec.decodeData(buffer, header, values, first, count);
    }
    buffer.clear().limit(1);
    if (fill(channel) > 0) {
      throw new NpyFormatException("unexpected bytes after the " + header.dataBytes() + " data bytes of shape ("
          + header.rows() + ", " + header.cols() + ")");
    }
    return new NpyBlock(header, values);
  }

  /**
   * Reads and checks the {@code .npy} header at the start of the channel, leaving the channel at the data.
   *
   * @throws NpyFormatException if the header is not a valid {@code .npy} header of a float64 matrix
   */
  NpyHeader readHeader(ReadableByteChannel channel) throws IOException {
    buffer.clear().limit(NpyCodec.PREAMBLE_BYTES);
    int got = fill(channel);
    buffer.flip();
    int headerBytes = NpyCodec.headerLength(buffer);
    if (headerBytes < NpyCodec.PREAMBLE_BYTES) {
      throw new NpyFormatException("header of " + headerBytes + " bytes is too short to hold the array's description");
    }
    if (headerBytes > BUFFER_BYTES) {
      throw new NpyFormatException("header of " + headerBytes + " bytes is implausibly large");
    }
    buffer.position(got).limit(headerBytes);
    fill(channel);
    buffer.flip();
    return NpyCodec.decodeHeader(buffer);
  }

  /** Writes the block as a C-order {@code .npy} file. */
  void write(MatrixBlock block, WritableByteChannel channel) throws IOException {
    writeFully(ByteBuffer.wrap(NpyCodec.encodeHeader(block.rows(), block.cols())), channel);
    double[] values = block.values();
    int valuesPerChunk = BUFFER_BYTES / Double.BYTES;
    for (int first = 0; first < values.length; first += valuesPerChunk) {
      int count = Math.min(valuesPerChunk, values.length - first);
      buffer.clear();
      NpyCodec.encodeData(values, first, count, buffer);
      buffer.flip();
      writeFully(buffer, channel);
    }
  }

  /** Reads until the buffer's limit or the end of the channel; returns the bytes read. */
  private int fill(ReadableByteChannel channel) throws IOException {
    int total = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  private static void writeFully(ByteBuffer bytes, WritableByteChannel channel) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** A decoded block: its header and its values in C order. */
  record NpyBlock(NpyHeader header, double[] values) {}
}
