package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.prepare.PreparedFirm;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
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

  /** The units of the columns, stated in every Parquet footer {@code merton-prepare} writes (key {@code units}). */
  static final String PREPARED_UNITS = "equity_value and face_value_debt: millions of US dollars "
      + "(equity = |PRC| x SHROUT / 1000; default point = DLCQ + 0.5 x DLTTQ); risk_free_rate: annual decimal "
      + "yield (FRED DGS1 / 100); ret: CRSP RET, decimal";

  private FirmInputSinks() {}

  /** Synthetic firms; ret is the equity value's daily change. */
  static FileIO.Sink<FirmHistory> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv<>(new HistoryRows()) : new Parquet<>(new HistoryRows(), Map.of());
  }

  /** Firms prepared from raw CRSP/Compustat/FRED files; ret is CRSP's RET; Parquet footers state the units. */
  static FileIO.Sink<PreparedFirm> prepared(FileFormat format) {
    return format == FileFormat.CSV ? new Csv<>(new PreparedRows())
        : new Parquet<>(new PreparedRows(), Map.of("units", PREPARED_UNITS));
  }

  /** How a batch type is read as rows of the Merton input. */
  private interface Rows<T> extends Serializable {
    int size(T batch);

    String firmId(T batch);

    long day(T batch, int t);

    double equity(T batch, int t);

    double debt(T batch, int t);

    double rate(T batch, int t);

    /** NaN for null. */
    double ret(T batch, int t);
  }

  private static final class HistoryRows implements Rows<FirmHistory> {
    private static final long serialVersionUID = 1L;

    @Override
    public int size(FirmHistory firm) {
      return firm.size();
    }

    @Override
    public String firmId(FirmHistory firm) {
      return firm.firmId();
    }

    @Override
    public long day(FirmHistory firm, int t) {
      return firm.epochDays()[t];
    }

    @Override
    public double equity(FirmHistory firm, int t) {
      return firm.equityValue()[t];
    }

    @Override
    public double debt(FirmHistory firm, int t) {
      return firm.faceValueDebt()[t];
    }

    @Override
    public double rate(FirmHistory firm, int t) {
      return firm.riskFreeRate()[t];
    }

    @Override
    public double ret(FirmHistory firm, int t) {
      return t == 0 ? Double.NaN : firm.equityValue()[t] / firm.equityValue()[t - 1] - 1;
    }
  }

  private static final class PreparedRows implements Rows<PreparedFirm> {
    private static final long serialVersionUID = 1L;

    @Override
    public int size(PreparedFirm firm) {
      return firm.size();
    }

    @Override
    public String firmId(PreparedFirm firm) {
      return firm.firmId();
    }

    @Override
    public long day(PreparedFirm firm, int t) {
      return firm.epochDay()[t];
    }

    @Override
    public double equity(PreparedFirm firm, int t) {
      return firm.equityValue()[t];
    }

    @Override
    public double debt(PreparedFirm firm, int t) {
      return firm.faceValueDebt()[t];
    }

    @Override
    public double rate(PreparedFirm firm, int t) {
      return firm.riskFreeRate()[t];
    }

    @Override
    public double ret(PreparedFirm firm, int t) {
      return firm.ret()[t];
    }
  }

  private static final class Parquet<T> extends BatchParquetSink<T> {
    private static final long serialVersionUID = 1L;
    private final Rows<T> rows;

    Parquet(Rows<T> rows, Map<String, String> metadata) {
      super(PARQUET_SCHEMA, metadata);
      this.rows = rows;
    }

    @Override
    protected int rowCount(T batch) {
      return rows.size(batch);
    }

    @Override
    protected void writeRow(T firm, int t, ParquetRowWriter out) {
      out.string(0, rows.firmId(firm));
      out.date(1, rows.day(firm, t));
      out.float64(2, rows.equity(firm, t));
      out.float64(3, rows.debt(firm, t));
      out.float64(4, rows.rate(firm, t));
      out.float64OrNull(5, rows.ret(firm, t));
    }
  }

  private static final class Csv<T> extends BatchCsvSink<T> {
    private static final long serialVersionUID = 1L;
    private final Rows<T> rows;

    Csv(Rows<T> rows) {
      super(CSV_HEADER);
      this.rows = rows;
    }

    @Override
    protected int rowCount(T batch) {
      return rows.size(batch);
    }

    @Override
    protected void writeRow(T firm, int t, CsvRowWriter out) throws IOException {
      out.text(rows.firmId(firm))
          .date(rows.day(firm, t))
          .number(rows.equity(firm, t))
          .number(rows.debt(firm, t))
          .number(rows.rate(firm, t))
          .number(rows.ret(firm, t));
    }
  }
}
