package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * P&amp;L per scenario, in base currency: columns scenario_id, pnl (the total), then one per book in
 * the run's book order. One shard's block per write.
 */
final class PnlSinks {

  static final String PREFIX = "pnl";

  private PnlSinks() {}

  static FileIO.Sink<PnlBlock> of(FileFormat format, List<String> books) {
    return format == FileFormat.CSV ? new Csv(books) : new Parquet(books);
  }

  static String csvHeader(List<String> books) {
    return "scenario_id,pnl" + (books.isEmpty() ? "" : "," + String.join(",", books));
  }

  static MessageType parquetSchema(List<String> books) {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    schema.required(PrimitiveTypeName.INT64).named("scenario_id");
    schema.required(PrimitiveTypeName.DOUBLE).named("pnl");
    for (String book : books) {
      schema.required(PrimitiveTypeName.DOUBLE).named(book);
    }
    return schema.named("stress_pnl");
  }

  private static final class Parquet extends BatchParquetSink<PnlBlock> {
    private static final long serialVersionUID = 1L;

    Parquet(List<String> books) {
      super(parquetSchema(books));
    }

    @Override
    protected int rowCount(PnlBlock block) {
      return block.size();
    }

    @Override
    protected void writeRow(PnlBlock block, int i, ParquetRowWriter out) {
      out.int64(0, block.scenarioIds()[i]);
      out.float64(1, block.total()[i]);
      double[][] books = block.byBook();
      for (int b = 0; b < books.length; b++) {
        out.float64(2 + b, books[b][i]);
      }
    }
  }

  private static final class Csv extends BatchCsvSink<PnlBlock> {
    private static final long serialVersionUID = 1L;

    Csv(List<String> books) {
      super(csvHeader(books));
    }

    @Override
    protected int rowCount(PnlBlock block) {
      return block.size();
    }

    @Override
    protected void writeRow(PnlBlock block, int i, CsvRowWriter out) throws IOException {
      out.number(block.scenarioIds()[i]).number(block.total()[i]);
      for (double[] book : block.byBook()) {
        out.number(book[i]);
      }
    }
  }
}
