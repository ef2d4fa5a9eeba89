package io.quantbeam.transforms.forest;

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
    writeInts(out, chunk.sourceIndex());
    writeLongs(out, chunk.line());
    writeLongs(out, chunk.localSeconds());
    writeDoubles(out, chunk.open());
    writeDoubles(out, chunk.high());
    writeDoubles(out, chunk.low());
    writeDoubles(out, chunk.close());
    writeDoubles(out, chunk.volume());
  }

  @Override
  BarChunk read(DataInputStream in) throws IOException {
    String symbol = readString(in);
    int n = in.readInt();
    List<String> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sources.add(readString(in));
    }
    return new BarChunk(symbol, sources, readInts(in), readLongs(in), readLongs(in), readDoubles(in), readDoubles(in),
        readDoubles(in), readDoubles(in), readDoubles(in));
  }
}
