package io.quantbeam.models.forest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary form of a {@link PreparedSymbol}, for the prepared matrices a run keeps in its temp
 * location for every worker to load: magic {@code QBPM}, int32 version 2, the symbol, int32 bars,
 * int32 feature count and the feature names (strings as int32 byte count + UTF-8), then the train,
 * validation and test matrices, each as int32 rows, the column-major float64 values and the
 * float64 targets; then int32 target (0 = price, 1 = return) and the validation and test rows'
 * current and next TYPPRICE (float64 each). Big-endian. Doubles round-trip exactly. The files
 * live only for one run, so no older version is read.
 */
public final class PreparedSymbolCodec {

  private static final byte[] MAGIC = {'Q', 'B', 'P', 'M'};
  private static final int VERSION = 2;
  private static final int CHUNK_DOUBLES = 1 << 13;

  private PreparedSymbolCodec() {}

  public static void write(PreparedSymbol prepared, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.write(MAGIC);
    data.writeInt(VERSION);
    writeString(data, prepared.symbol());
    data.writeInt(prepared.bars());
    List<String> names = prepared.train().featureNames();
    data.writeInt(names.size());
    for (String name : names) {
      writeString(data, name);
    }
    for (FeatureMatrix m : List.of(prepared.train(), prepared.validation(), prepared.test())) {
      data.writeInt(m.rows());
      writeDoubles(data, m.columns);
      writeDoubles(data, m.targets);
    }
    data.writeInt(prepared.target().ordinal());
    for (PriceRows prices : List.of(prepared.validationPrices(), prepared.testPrices())) {
      writeDoubles(data, prices.currentArray());
      writeDoubles(data, prices.nextArray());
    }
    data.flush();
  }

  public static PreparedSymbol read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      byte[] magic = new byte[4];
      data.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a quantbeam prepared-matrix file (bad magic number)");
      }
      int version = data.readInt();
      if (version != VERSION) {
        throw new IOException("unsupported prepared-matrix version " + version);
      }
      String symbol = readString(data);
      int bars = data.readInt();
      int featureCount = data.readInt();
      if (featureCount < 1 || featureCount > 4096) {
        throw new IOException("implausible feature count " + featureCount);
      }
      List<String> names = new ArrayList<>(featureCount);
      for (int f = 0; f < featureCount; f++) {
        names.add(readString(data));
      }
      FeatureMatrix[] matrices = new FeatureMatrix[3];
      for (int m = 0; m < 3; m++) {
        int rows = data.readInt();
        if (rows < 0 || (long) rows * featureCount > Integer.MAX_VALUE - 8) {
          throw new IOException("implausible row count " + rows);
        }
        double[] columns = readDoubles(data, rows * featureCount);
        double[] targets = readDoubles(data, rows);
        matrices[m] = new FeatureMatrix(names, columns, targets);
      }
      int target = data.readInt();
      if (target < 0 || target >= ForecastTarget.values().length) {
        throw new IOException("unknown target " + target);
      }
      PriceRows validationPrices = new PriceRows(readDoubles(data, matrices[1].rows()), readDoubles(data, matrices[1].rows()));
      PriceRows testPrices = new PriceRows(readDoubles(data, matrices[2].rows()), readDoubles(data, matrices[2].rows()));
      return new PreparedSymbol(symbol, bars, matrices[0], matrices[1], matrices[2], ForecastTarget.values()[target],
          validationPrices, testPrices);
    } catch (EOFException e) {
      throw new IOException("prepared-matrix file is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("prepared-matrix file is malformed: " + e.getMessage(), e);
    }
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK_DOUBLES * Double.BYTES);
    for (int start = 0; start < values.length; start += CHUNK_DOUBLES) {
      int n = Math.min(CHUNK_DOUBLES, values.length - start);
      buffer.clear();
      buffer.asDoubleBuffer().put(values, start, n);
      out.write(buffer.array(), 0, n * Double.BYTES);
    }
  }

  private static double[] readDoubles(DataInputStream in, int count) throws IOException {
    double[] values = new double[count];
    byte[] bytes = new byte[CHUNK_DOUBLES * Double.BYTES];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    for (int start = 0; start < count; start += CHUNK_DOUBLES) {
      int n = Math.min(CHUNK_DOUBLES, count - start);
      in.readFully(bytes, 0, n * Double.BYTES);
      buffer.clear();
      buffer.asDoubleBuffer().get(values, start, n);
    }
    return values;
  }

  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 16) {
      throw new IOException("implausible string length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
