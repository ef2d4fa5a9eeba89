package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PnlSeries;
import io.quantbeam.models.stress.SeriesFigures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.KV;

/** Coders of the stress elements: primitive columns in bulk, nothing per value. */
public final class StressCoders {

  private StressCoders() {}

  public static Coder<PnlBlock> pnlBlock() {
    return PnlBlockCoder.INSTANCE;
  }

  public static Coder<ScenarioRow> scenarioRow() {
    return ScenarioRowCoder.INSTANCE;
  }

  public static Coder<ScenarioRange> scenarioRange() {
    return ScenarioRangeCoder.INSTANCE;
  }

  /** A partial P&amp;L series keyed by series index; the series is serialised compactly (its tail, trimmed). */
  public static Coder<KV<Integer, PnlSeries>> seriesByIndex() {
    return KvCoder.of(VarIntCoder.of(), SerializableCoder.of(PnlSeries.class));
  }

  public static Coder<KV<Integer, SeriesFigures>> figuresByIndex() {
    return KvCoder.of(VarIntCoder.of(), SerializableCoder.of(SeriesFigures.class));
  }

  private static final class PnlBlockCoder extends AtomicCoder<PnlBlock> {
    static final PnlBlockCoder INSTANCE = new PnlBlockCoder();

    @Override
    public void encode(PnlBlock block, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      writeLongs(out, block.scenarioIds());
      writeDoubles(out, block.total());
      out.writeInt(block.books());
      for (double[] book : block.byBook()) {
        writeDoubles(out, book);
      }
      out.flush();
    }

    @Override
    public PnlBlock decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      long[] ids = readLongs(in);
      double[] total = readDoubles(in);
      double[][] books = new double[in.readInt()][];
      for (int b = 0; b < books.length; b++) {
        books[b] = readDoubles(in);
      }
      return new PnlBlock(ids, total, books);
    }
  }

  private static final class ScenarioRowCoder extends AtomicCoder<ScenarioRow> {
    static final ScenarioRowCoder INSTANCE = new ScenarioRowCoder();

    @Override
    public void encode(ScenarioRow row, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      out.writeLong(row.scenarioId());
      writeDoubles(out, row.shocks());
      out.flush();
    }

    @Override
    public ScenarioRow decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      return new ScenarioRow(in.readLong(), readDoubles(in));
    }
  }

  private static final class ScenarioRangeCoder extends AtomicCoder<ScenarioRange> {
    static final ScenarioRangeCoder INSTANCE = new ScenarioRangeCoder();

    @Override
    public void encode(ScenarioRange range, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      out.writeLong(range.first());
      out.writeInt(range.count());
      out.flush();
    }

    @Override
    public ScenarioRange decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      return new ScenarioRange(in.readLong(), in.readInt());
    }
  }

  static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.BIG_ENDIAN);
    buffer.asDoubleBuffer().put(values);
    out.write(buffer.array());
  }

  static double[] readDoubles(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Double.BYTES];
    in.readFully(bytes);
    double[] values = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asDoubleBuffer().get(values);
    return values;
  }

  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.BIG_ENDIAN);
    buffer.asLongBuffer().put(values);
    out.write(buffer.array());
  }

  static long[] readLongs(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt() * Long.BYTES];
    in.readFully(bytes);
    long[] values = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asLongBuffer().get(values);
    return values;
  }
}
