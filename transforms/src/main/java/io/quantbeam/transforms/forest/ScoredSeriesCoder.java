package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.coders.ColumnCoding;
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
    ColumnCoding.writeLongs(out, s.localSeconds());
    ColumnCoding.writeDoubles(out, s.typicalPrice());
    ColumnCoding.writeDoubles(out, s.predicted());
    ColumnCoding.writeDoubles(out, s.actual());
  }

  @Override
  ScoredSeries read(DataInputStream in) throws IOException {
    return new ScoredSeries(readString(in), readString(in), in.readInt(), readString(in), ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in));
  }
}
