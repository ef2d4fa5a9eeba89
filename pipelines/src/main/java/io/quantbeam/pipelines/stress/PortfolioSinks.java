package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.BondPosition;
import io.quantbeam.models.stress.CashPosition;
import io.quantbeam.models.stress.EquityPosition;
import io.quantbeam.models.stress.OptionPosition;
import io.quantbeam.models.stress.Position;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.stress.PositionParser;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The portfolio file of specs/stress.md: columns {@link PositionParser#COLUMNS}, a field that
 * does not apply to the row's type left empty (null in Parquet).
 */
final class PortfolioSinks {

  private PortfolioSinks() {}

  static FileIO.Sink<PositionBatch> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  /** The fields of one position in {@link PositionParser#COLUMNS} order: text, a number, or null. */
  static Object[] fields(Position p) {
    Object[] f = new Object[PositionParser.COLUMNS.size()];
    f[0] = p.positionId();
    f[1] = p.book();
    f[2] = p.type().name();
    f[3] = p.currency();
    if (p instanceof EquityPosition e) {
      f[4] = e.quantity();
      f[5] = e.spot();
      f[6] = e.equity();
      f[7] = e.beta();
    } else if (p instanceof BondPosition b) {
      f[8] = b.notional();
      f[9] = b.coupon();
      f[10] = (double) b.frequency();
      f[11] = b.maturityYears();
      f[12] = b.rating();
    } else if (p instanceof OptionPosition o) {
      f[4] = o.quantity();
      f[6] = o.equity();
      f[13] = o.strike();
      f[14] = o.expiryYears();
      f[15] = o.callPut().name();
    } else {
      f[16] = ((CashPosition) p).amount();
    }
    return f;
  }

  private static boolean isText(int column) {
    String name = PositionParser.COLUMNS.get(column);
    return name.equals("position_id") || name.equals("book") || name.equals("type") || name.equals("currency")
        || name.equals("equity") || name.equals("rating") || name.equals("call_put");
  }

  static MessageType parquetSchema() {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    for (int c = 0; c < PositionParser.COLUMNS.size(); c++) {
      String name = PositionParser.COLUMNS.get(c);
      if (isText(c)) {
        schema.optional(PrimitiveTypeName.BINARY).as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType())
            .named(name);
      } else {
        schema.optional(PrimitiveTypeName.DOUBLE).named(name);
      }
    }
    return schema.named("stress_portfolio");
  }

  private static final class Csv extends BatchCsvSink<PositionBatch> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(String.join(",", PositionParser.COLUMNS));
    }

    @Override
    protected int rowCount(PositionBatch batch) {
      return batch.positions().size();
    }

    @Override
    protected void writeRow(PositionBatch batch, int row, CsvRowWriter out) throws IOException {
      for (Object field : fields(batch.positions().get(row))) {
        if (field instanceof Double d) {
          if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.number((long) (double) d);
          } else {
            out.number(d);
          }
        } else {
          out.text((String) field);
        }
      }
    }
  }

  private static final class Parquet extends BatchParquetSink<PositionBatch> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(parquetSchema());
    }

    @Override
    protected int rowCount(PositionBatch batch) {
      return batch.positions().size();
    }

    @Override
    protected void writeRow(PositionBatch batch, int row, ParquetRowWriter out) {
      Object[] fields = fields(batch.positions().get(row));
      for (int c = 0; c < fields.length; c++) {
        if (fields[c] instanceof Double d) {
          out.float64(c, d);
        } else if (fields[c] != null) {
          out.string(c, (String) fields[c]);
        }
      }
    }
  }
}
