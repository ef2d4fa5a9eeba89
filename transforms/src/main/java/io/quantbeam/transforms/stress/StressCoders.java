package io.quantbeam.transforms.stress;

import io.quantbeam.transforms.coders.ColumnCoding;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PnlSeries;
import io.quantbeam.models.stress.SeriesFigures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
      ColumnCoding.writeLongs(out, block.scenarioIds());
      ColumnCoding.writeDoubles(out, block.total());
      out.writeInt(block.books());
      for (double[] book : block.byBook()) {
        ColumnCoding.writeDoubles(out, book);
      }
      out.flush();
    }

    @Override
    public PnlBlock decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      long[] ids = ColumnCoding.readLongs(in);
      double[] total = ColumnCoding.readDoubles(in);
      double[][] books = new double[in.readInt()][];
      for (int b = 0; b < books.length; b++) {
        books[b] = ColumnCoding.readDoubles(in);
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
      ColumnCoding.writeDoubles(out, row.shocks());
      out.writeUTF(row.source());
      out.writeLong(row.line());
      out.flush();
    }

    @Override
    public ScenarioRow decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      long id = in.readLong();
      double[] shocks = ColumnCoding.readDoubles(in);
      return new ScenarioRow(id, shocks, in.readUTF(), in.readLong());
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
}
