package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.ScoredSeries;
import io.quantbeam.transforms.forest.Timestamps;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * {@code forest-score}'s predictions, one symbol per batch: symbol, timestamp of the bar whose
 * features were used, its TYPPRICE, the predicted TYPPRICE of the next bar and the actual one
 * (empty / null for a series' last bar).
 */
final class PredictionSinks {

  static final String CSV_HEADER = "symbol,timestamp,typprice,predicted_next_typprice,actual_next_typprice";

  private static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType("""
      message forest_predictions {
        required binary symbol (STRING);
        required binary timestamp (STRING);
        required double typprice;
        required double predicted_next_typprice;
        optional double actual_next_typprice;
      }
      """);

  private PredictionSinks() {}

  static FileIO.Sink<ScoredSeries> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  private static final class Csv extends BatchCsvSink<ScoredSeries> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(CSV_HEADER);
    }

    @Override
    protected int rowCount(ScoredSeries batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(ScoredSeries s, int i, CsvRowWriter out) throws IOException {
      out.text(s.symbol()).text(Timestamps.format(s.localSeconds()[i])).number(s.typicalPrice()[i])
          .number(s.predicted()[i]).number(s.actual()[i]);
    }
  }

  private static final class Parquet extends BatchParquetSink<ScoredSeries> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(PARQUET_SCHEMA);
    }

    @Override
    protected int rowCount(ScoredSeries batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(ScoredSeries s, int i, ParquetRowWriter out) {
      out.string(0, s.symbol());
      out.string(1, Timestamps.format(s.localSeconds()[i]));
      out.float64(2, s.typicalPrice()[i]);
      out.float64(3, s.predicted()[i]);
      out.float64OrNull(4, s.actual()[i]);
    }
  }
}
