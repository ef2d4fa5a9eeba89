package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.Timestamps;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes minute bars in the forest input format, one symbol's series per batch: symbol,
 * timestamp (ISO local date-time text, {@code yyyy-MM-ddTHH:mm:ss}), open, high, low, close,
 * volume.
 */
final class BarSinks {

  static final String CSV_HEADER = "symbol,timestamp,open,high,low,close,volume";

  private static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType("""
      message minute_bars {
        required binary symbol (STRING);
        required binary timestamp (STRING);
        required double open;
        required double high;
        required double low;
        required double close;
        required double volume;
      }
      """);

  private BarSinks() {}

  static FileIO.Sink<BarSeries> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  private static final class Csv extends BatchCsvSink<BarSeries> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(CSV_HEADER);
    }

    @Override
    protected int rowCount(BarSeries batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(BarSeries s, int i, CsvRowWriter out) throws IOException {
      out.text(s.symbol()).text(Timestamps.format(s.localSeconds(i))).number(s.open(i)).number(s.high(i))
          .number(s.low(i)).number(s.close(i)).number(s.volume(i));
    }
  }

  private static final class Parquet extends BatchParquetSink<BarSeries> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(PARQUET_SCHEMA);
    }

    @Override
    protected int rowCount(BarSeries batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(BarSeries s, int i, ParquetRowWriter out) {
      out.string(0, s.symbol());
      out.string(1, Timestamps.format(s.localSeconds(i)));
      out.float64(2, s.open(i));
      out.float64(3, s.high(i));
      out.float64(4, s.low(i));
      out.float64(5, s.close(i));
      out.float64(6, s.volume(i));
    }
  }
}
