package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.coders.ColumnCoding;
import io.quantbeam.models.forest.BarSeries;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Encodes a {@link BarSeries} column by column. */
public final class BarSeriesCoder extends DataCoder<BarSeries> {

  private static final BarSeriesCoder INSTANCE = new BarSeriesCoder();

  public static BarSeriesCoder of() {
    return INSTANCE;
  }

  private BarSeriesCoder() {}

  @Override
  void write(BarSeries series, DataOutputStream out) throws IOException {
    int n = series.size();
    long[] seconds = new long[n];
    double[][] columns = new double[5][n];
    for (int i = 0; i < n; i++) {
      seconds[i] = series.localSeconds(i);
      columns[0][i] = series.open(i);
      columns[1][i] = series.high(i);
      columns[2][i] = series.low(i);
      columns[3][i] = series.close(i);
      columns[4][i] = series.volume(i);
    }
    writeString(out, series.symbol());
    ColumnCoding.writeLongs(out, seconds);
    for (double[] column : columns) {
      ColumnCoding.writeDoubles(out, column);
    }
  }

  @Override
  BarSeries read(DataInputStream in) throws IOException {
    return new BarSeries(readString(in), ColumnCoding.readLongs(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in),
        ColumnCoding.readDoubles(in), ColumnCoding.readDoubles(in));
  }
}
