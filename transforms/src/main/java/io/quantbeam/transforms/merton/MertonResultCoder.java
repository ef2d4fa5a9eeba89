package io.quantbeam.transforms.merton;

import io.quantbeam.transforms.coders.ColumnCoding;
import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link MertonResult} column by column. */
public final class MertonResultCoder extends AtomicCoder<MertonResult> {

  private static final MertonResultCoder INSTANCE = new MertonResultCoder();

  public static MertonResultCoder of() {
    return INSTANCE;
  }

  private MertonResultCoder() {}

  @Override
  public void encode(MertonResult result, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(result.firmId());
    out.writeUTF(result.method().name());
    ColumnCoding.writeLongs(out, result.epochDay());
    ColumnCoding.writeDoubles(out, result.horizonYears());
    ColumnCoding.writeDoubles(out, result.assetValue());
    ColumnCoding.writeDoubles(out, result.assetVolatility());
    ColumnCoding.writeDoubles(out, result.distanceToDefault());
    ColumnCoding.writeDoubles(out, result.defaultProbability());
    ColumnCoding.writeInts(out, result.solves());
    ColumnCoding.writeBooleans(out, result.converged());
    out.writeLong(result.totalSolves());
    out.writeBoolean(result.insufficientHistory());
    out.flush();
  }

  @Override
  public MertonResult decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    return new MertonResult(in.readUTF(), MertonMethod.valueOf(in.readUTF()), ColumnCoding.readLongs(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in), ColumnCoding.readInts(in),
        ColumnCoding.readBooleans(in), in.readLong(), in.readBoolean());
  }
}
