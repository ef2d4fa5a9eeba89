package io.quantbeam.transforms.matmul;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/** Raw little-endian float64 arrays on coder streams, converted through a small chunk buffer. */
final class DoubleArrays {

  private static final int CHUNK_VALUES = 8192;

  private DoubleArrays() {}

  static void write(double[] values, OutputStream out) throws IOException {
    byte[] chunk = new byte[Math.min(values.length, CHUNK_VALUES) * Double.BYTES];
    DoubleBuffer view = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
    for (int offset = 0; offset < values.length; offset += CHUNK_VALUES) {
      int count = Math.min(CHUNK_VALUES, values.length - offset);
      view.clear();
      view.put(values, offset, count);
      out.write(chunk, 0, count * Double.BYTES);
    }
  }

  static void readFully(InputStream in, double[] values) throws IOException {
    byte[] chunk = new byte[Math.min(values.length, CHUNK_VALUES) * Double.BYTES];
    DoubleBuffer view = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
    for (int offset = 0; offset < values.length; offset += CHUNK_VALUES) {
      int count = Math.min(CHUNK_VALUES, values.length - offset);
      int bytes = count * Double.BYTES;
      for (int read = 0; read < bytes; ) {
        int n = in.read(chunk, read, bytes - read);
        if (n < 0) {
          throw new EOFException("stream ended inside an array of " + values.length + " values");
        }
        read += n;
      }
      view.clear();
      view.get(values, offset, count);
    }
  }
}
