package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes firm histories in the Merton input format: firm_id, date, equity_value, face_value_debt,
 * risk_free_rate, ret (the daily equity return; empty on a firm's first day).
 */
final class FirmInputSinks {

  static final String CSV_HEADER = "firm_id,date,equity_value,face_value_debt,risk_free_rate,ret";

  static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType("""
      message merton_input {
        required binary firm_id (STRING);
        required int32 date (DATE);
        required double equity_value;
        required double face_value_debt;
        required double risk_free_rate;
        optional double ret;
      }
      """);

  private FirmInputSinks() {}

  static FileIO.Sink<FirmHistory> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  private static double ret(FirmHistory firm, int t) {
    return t == 0 ? Double.NaN : firm.equityValue()[t] / firm.equityValue()[t - 1] - 1;
  }

  private static final class Parquet extends BatchParquetSink<FirmHistory> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(PARQUET_SCHEMA);
    }

    @Override
    protected int rowCount(FirmHistory batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(FirmHistory firm, int t, ParquetRowWriter out) {
      out.string(0, firm.firmId());
      out.date(1, firm.epochDays()[t]);
      out.float64(2, firm.equityValue()[t]);
      out.float64(3, firm.faceValueDebt()[t]);
      out.float64(4, firm.riskFreeRate()[t]);
      out.float64OrNull(5, ret(firm, t));
    }
  }

  private static final class Csv extends BatchCsvSink<FirmHistory> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(CSV_HEADER);
    }

    @Override
    protected int rowCount(FirmHistory batch) {
      return batch.size();
    }

    @Override
    protected void writeRow(FirmHistory firm, int t, CsvRowWriter out) throws IOException {
      out.text(firm.firmId())
          .date(firm.epochDays()[t])
          .number(firm.equityValue()[t])
          .number(firm.faceValueDebt()[t])
          .number(firm.riskFreeRate()[t])
          .number(ret(firm, t));
    }
  }
}
