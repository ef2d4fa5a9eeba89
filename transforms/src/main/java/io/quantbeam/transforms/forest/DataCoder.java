package io.quantbeam.transforms.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A coder written as plain {@link DataOutputStream} calls, with bulk helpers for primitive
 * columns. Deterministic: equal values encode to equal bytes.
 */
abstract class DataCoder<T> extends AtomicCoder<T> {

  abstract void write(T value, DataOutputStream out) throws IOException;

  abstract T read(DataInputStream in) throws IOException;

  @Override
  public final void encode(T value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    write(value, out);
    out.flush();
  }

  @Override
  public final T decode(InputStream inStream) throws IOException {
    return read(new DataInputStream(inStream));
  }

  @Override
  public void verifyDeterministic() {}

  static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
    buffer.asDoubleBuffer().put(values);
    out.write(buffer.array());
  }

  static double[] readDoubles(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Double.BYTES];
    in.readFully(bytes);
    double[] values = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
    return values;
  }

  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    out.write(buffer.array());
  }

  static long[] readLongs(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Long.BYTES];
    in.readFully(bytes);
    long[] values = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(values);
    return values;
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
    buffer.asIntBuffer().put(values);
    out.write(buffer.array());
  }

  static int[] readInts(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Integer.BYTES];
    in.readFully(bytes);
    int[] values = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }

  /** Strings of any length (writeUTF is limited to 64 KB). */
  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
