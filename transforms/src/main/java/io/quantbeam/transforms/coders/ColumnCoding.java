package io.quantbeam.transforms.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Bulk encoding of primitive columns for the coders of columnar batch elements. */
public final class ColumnCoding {

  private ColumnCoding() {}

  public static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.BIG_ENDIAN);
    buffer.asDoubleBuffer().put(values);
    out.write(buffer.array());
  }

  public static double[] readDoubles(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Double.BYTES];
    in.readFully(bytes);
    double[] values = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asDoubleBuffer().get(values);
    return values;
  }

  public static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.BIG_ENDIAN);
    buffer.asLongBuffer().put(values);
    out.write(buffer.array());
  }

  public static long[] readLongs(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Long.BYTES];
    in.readFully(bytes);
    long[] values = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asLongBuffer().get(values);
    return values;
  }

  public static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.BIG_ENDIAN);
    buffer.asIntBuffer().put(values);
    out.write(buffer.array());
  }

  public static int[] readInts(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Integer.BYTES];
    in.readFully(bytes);
    int[] values = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asIntBuffer().get(values);
    return values;
  }

  public static void writeBooleans(DataOutputStream out, boolean[] values) throws IOException {
    out.writeInt(values.length);
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) (values[i] ? 1 : 0);
    }
    out.write(bytes);
  }

  public static boolean[] readBooleans(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    boolean[] values = new boolean[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] != 0;
    }
    return values;
  }
}
