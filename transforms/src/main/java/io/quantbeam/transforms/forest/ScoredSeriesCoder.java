package io.quantbeam.transforms.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Encodes a {@link ScoredSeries} column by column. */
public final class ScoredSeriesCoder extends DataCoder<ScoredSeries> {

  public static ScoredSeriesCoder of() {
    return new ScoredSeriesCoder();
  }

  @Override
  void write(ScoredSeries s, DataOutputStream out) throws IOException {
    writeString(out, s.symbol());
    writeString(out, s.status());
    out.writeInt(s.bars());
    writeString(out, s.modelPath());
    writeLongs(out, s.localSeconds());
    writeDoubles(out, s.typicalPrice());
    writeDoubles(out, s.predicted());
    writeDoubles(out, s.actual());
  }

  @Override
  ScoredSeries read(DataInputStream in) throws IOException {
    return new ScoredSeries(readString(in), readString(in), in.readInt(), readString(in), readLongs(in), readDoubles(in),
        readDoubles(in), readDoubles(in));
  }
}
