package io.quantbeam.transforms.matmul;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarIntCoder;

/** Encodes a {@link ProbePanel}: source and lengths as variable-length ints, values as raw float64. */
public final class ProbePanelCoder extends AtomicCoder<ProbePanel> {

  private static final ProbePanelCoder INSTANCE = new ProbePanelCoder();
  private static final VarIntCoder INT = VarIntCoder.of();

  private ProbePanelCoder() {}

  public static ProbePanelCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ProbePanel panel, OutputStream out) throws IOException {
    if (panel == null) {
      throw new CoderException("cannot encode a null ProbePanel");
    }
    INT.encode(panel.source(), out);
    INT.encode(panel.signed().length, out);
    INT.encode(panel.bound().length, out);
    DoubleArrays.write(panel.signed(), out);
    DoubleArrays.write(panel.bound(), out);
  }

  @Override
  public ProbePanel decode(InputStream in) throws IOException {
    int source = INT.decode(in);
    int signedLength = INT.decode(in);
    int boundLength = INT.decode(in);
    if (signedLength < 0 || boundLength < 0) {
      throw new CoderException("corrupt ProbePanel encoding: lengths " + signedLength + ", " + boundLength);
    }
    double[] signed = new double[signedLength];
    double[] bound = new double[boundLength];
    DoubleArrays.readFully(in, signed);
    DoubleArrays.readFully(in, bound);
    return new ProbePanel(source, signed, bound);
  }

  @Override
  public void verifyDeterministic() {}
}
