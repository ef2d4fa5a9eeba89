package io.quantbeam.transforms.prepare;

import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes {@link KeyedColumns} column by column. */
public final class KeyedColumnsCoder extends AtomicCoder<KeyedColumns> {

  private static final KeyedColumnsCoder INSTANCE = new KeyedColumnsCoder();

  public static KeyedColumnsCoder of() {
    return INSTANCE;
  }

  private KeyedColumnsCoder() {}

  @Override
  public void encode(KeyedColumns rows, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(rows.key());
    out.writeInt(rows.sources().size());
    for (String source : rows.sources()) {
      out.writeUTF(source);
    }
    ColumnCoding.writeInts(out, rows.sourceIndex());
    ColumnCoding.writeLongs(out, rows.line());
    out.writeInt(rows.longs().length);
    for (long[] column : rows.longs()) {
      ColumnCoding.writeLongs(out, column);
    }
    out.writeInt(rows.doubles().length);
    for (double[] column : rows.doubles()) {
      ColumnCoding.writeDoubles(out, column);
    }
    out.flush();
  }

  @Override
  public KeyedColumns decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String key = in.readUTF();
    int sourceCount = in.readInt();
    List<String> sources = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(in.readUTF());
    }
    int[] sourceIndex = ColumnCoding.readInts(in);
    long[] line = ColumnCoding.readLongs(in);
    long[][] longs = new long[in.readInt()][];
    for (int c = 0; c < longs.length; c++) {
      longs[c] = ColumnCoding.readLongs(in);
    }
    double[][] doubles = new double[in.readInt()][];
    for (int c = 0; c < doubles.length; c++) {
      doubles[c] = ColumnCoding.readDoubles(in);
    }
    return new KeyedColumns(key, sources, sourceIndex, line, longs, doubles);
  }
}
