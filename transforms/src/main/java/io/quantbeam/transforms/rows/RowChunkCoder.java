package io.quantbeam.transforms.rows;

import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link RowChunk} column by column. */
public final class RowChunkCoder extends AtomicCoder<RowChunk> {

  private static final RowChunkCoder INSTANCE = new RowChunkCoder();

  public static RowChunkCoder of() {
    return INSTANCE;
  }

  private RowChunkCoder() {}

  @Override
  public void encode(RowChunk chunk, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(chunk.key());
    out.writeInt(chunk.sources().size());
    for (String source : chunk.sources()) {
      out.writeUTF(source);
    }
    ColumnCoding.writeInts(out, chunk.sourceIndex());
    ColumnCoding.writeLongs(out, chunk.line());
    out.writeInt(chunk.wholes().length);
    for (long[] column : chunk.wholes()) {
      ColumnCoding.writeLongs(out, column);
    }
    out.writeInt(chunk.numbers().length);
    for (double[] column : chunk.numbers()) {
      ColumnCoding.writeDoubles(out, column);
    }
    out.flush();
  }

  @Override
  public RowChunk decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String key = in.readUTF();
    int sourceCount = in.readInt();
    List<String> sources = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(in.readUTF());
    }
    int[] sourceIndex = ColumnCoding.readInts(in);
    long[] line = ColumnCoding.readLongs(in);
    long[][] wholes = new long[in.readInt()][];
    for (int s = 0; s < wholes.length; s++) {
      wholes[s] = ColumnCoding.readLongs(in);
    }
    double[][] numbers = new double[in.readInt()][];
    for (int s = 0; s < numbers.length; s++) {
      numbers[s] = ColumnCoding.readDoubles(in);
    }
    return new RowChunk(key, sources, sourceIndex, line, wholes, numbers);
  }

  @Override
  public void verifyDeterministic() {}
}
