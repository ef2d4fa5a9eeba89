package io.quantbeam.transforms.merton;

import io.quantbeam.transforms.coders.ColumnCoding;
import io.quantbeam.models.merton.FirmHistory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link FirmHistory} column by column. */
public final class FirmHistoryCoder extends AtomicCoder<FirmHistory> {

  private static final FirmHistoryCoder INSTANCE = new FirmHistoryCoder();

  public static FirmHistoryCoder of() {
    return INSTANCE;
  }

  private FirmHistoryCoder() {}

  @Override
  public void encode(FirmHistory firm, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(firm.firmId());
    ColumnCoding.writeLongs(out, firm.epochDays());
    ColumnCoding.writeDoubles(out, firm.equityValue());
    ColumnCoding.writeDoubles(out, firm.faceValueDebt());
    ColumnCoding.writeDoubles(out, firm.riskFreeRate());
    out.flush();
  }

  @Override
  public FirmHistory decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    return new FirmHistory(in.readUTF(), ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in));
  }
}
