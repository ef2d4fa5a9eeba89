package io.quantbeam.transforms.merton;

import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link FirmChunk} column by column. */
public final class FirmChunkCoder extends AtomicCoder<FirmChunk> {

  private static final FirmChunkCoder INSTANCE = new FirmChunkCoder();

  public static FirmChunkCoder of() {
    return INSTANCE;
  }

  private FirmChunkCoder() {}

  @Override
  public void encode(FirmChunk chunk, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(chunk.firmId());
    out.writeInt(chunk.sources().size());
    for (String source : chunk.sources()) {
      out.writeUTF(source);
    }
    ColumnCoding.writeInts(out, chunk.sourceIndex());
    ColumnCoding.writeLongs(out, chunk.line());
    ColumnCoding.writeLongs(out, chunk.epochDay());
    ColumnCoding.writeDoubles(out, chunk.equityValue());
    ColumnCoding.writeDoubles(out, chunk.faceValueDebt());
    ColumnCoding.writeDoubles(out, chunk.riskFreeRate());
    out.flush();
  }

  @Override
  public FirmChunk decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String firmId = in.readUTF();
    int sourceCount = in.readInt();
    List<String> sources = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(in.readUTF());
    }
    return new FirmChunk(firmId, sources, ColumnCoding.readInts(in), ColumnCoding.readLongs(in),
        ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in));
  }
}
