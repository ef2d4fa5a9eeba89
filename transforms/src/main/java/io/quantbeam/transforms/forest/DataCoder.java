package io.quantbeam.transforms.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
