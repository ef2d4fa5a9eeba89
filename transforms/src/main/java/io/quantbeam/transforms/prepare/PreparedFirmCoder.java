package io.quantbeam.transforms.prepare;

import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link PreparedFirm} column by column. */
public final class PreparedFirmCoder extends AtomicCoder<PreparedFirm> {

  private static final PreparedFirmCoder INSTANCE = new PreparedFirmCoder();

  public static PreparedFirmCoder of() {
    return INSTANCE;
  }

  private PreparedFirmCoder() {}

  @Override
  public void encode(PreparedFirm firm, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(firm.firmId());
    ColumnCoding.writeLongs(out, firm.epochDay());
    ColumnCoding.writeDoubles(out, firm.equityValue());
    ColumnCoding.writeDoubles(out, firm.faceValueDebt());
    ColumnCoding.writeDoubles(out, firm.riskFreeRate());
    ColumnCoding.writeDoubles(out, firm.ret());
    out.flush();
  }

  @Override
  public PreparedFirm decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    return new PreparedFirm(in.readUTF(), ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in));
  }
}
