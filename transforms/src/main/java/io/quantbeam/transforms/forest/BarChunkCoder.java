package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Encodes a {@link BarChunk} column by column. */
public final class BarChunkCoder extends DataCoder<BarChunk> {

  private static final BarChunkCoder INSTANCE = new BarChunkCoder();

  public static BarChunkCoder of() {
    return INSTANCE;
  }

  private BarChunkCoder() {}

  @Override
  void write(BarChunk chunk, DataOutputStream out) throws IOException {
    writeString(out, chunk.symbol());
    out.writeInt(chunk.sources().size());
    for (String source : chunk.sources()) {
      writeString(out, source);
    }
    ColumnCoding.writeInts(out, chunk.sourceIndex());
    ColumnCoding.writeLongs(out, chunk.line());
    ColumnCoding.writeLongs(out, chunk.localSeconds());
    ColumnCoding.writeDoubles(out, chunk.open());
    ColumnCoding.writeDoubles(out, chunk.high());
    ColumnCoding.writeDoubles(out, chunk.low());
    ColumnCoding.writeDoubles(out, chunk.close());
    ColumnCoding.writeDoubles(out, chunk.volume());
  }

  @Override
  BarChunk read(DataInputStream in) throws IOException {
    String symbol = readString(in);
    int n = in.readInt();
    List<String> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sources.add(readString(in));
    }
    return new BarChunk(symbol, sources, ColumnCoding.readInts(in), ColumnCoding.readLongs(in), ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in));
  }
}
