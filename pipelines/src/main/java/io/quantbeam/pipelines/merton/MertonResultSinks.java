package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonResult;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
 * The Merton output rows of specs/merton.md, in the spec's column order: firm_id, date,
 * horizon_years, method, asset_value, asset_volatility (annualised), distance_to_default (null when
 * the firm is unlevered), default_probability, solves, converged. One firm's result per write.
 */
final class MertonResultSinks {

  static final String CSV_HEADER = "firm_id,date,horizon_years,method,asset_value,asset_volatility,"
      + "distance_to_default,default_probability,solves,converged";

  static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType("""
      message merton_result {
        required binary firm_id (STRING);
        required int32 date (DATE);
        required double horizon_years;
        required binary method (STRING);
        required double asset_value;
        required double asset_volatility;
        optional double distance_to_default;
        required double default_probability;
        required int32 solves;
        required boolean converged;
      }
      """);

  private MertonResultSinks() {}

  static FileIO.Sink<MertonResult> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  private static final Map<MertonMethod, String> METHOD_NAMES = new EnumMap<>(MertonMethod.class);

  static {
    for (MertonMethod method : MertonMethod.values()) {
      METHOD_NAMES.put(method, method.name().toLowerCase(Locale.ROOT));
    }
  }

  /** The method as written in the output: the option's spelling. */
  static String methodName(MertonResult result) {
    return METHOD_NAMES.get(result.method());
  }

  private static final class Parquet extends BatchParquetSink<MertonResult> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(PARQUET_SCHEMA);
    }

    @Override
    protected int rowCount(MertonResult batch) {
      return batch.rows();
    }

    @Override
    protected void writeRow(MertonResult r, int i, ParquetRowWriter out) {
      out.string(0, r.firmId());
      out.date(1, r.epochDay()[i]);
      out.float64(2, r.horizonYears()[i]);
      out.string(3, methodName(r));
      out.float64(4, r.assetValue()[i]);
      out.float64(5, r.assetVolatility()[i]);
      out.float64OrNull(6, r.distanceToDefault()[i]);
      out.float64(7, r.defaultProbability()[i]);
      out.int32(8, r.solves()[i]);
      out.bool(9, r.converged()[i]);
    }
  }

  private static final class Csv extends BatchCsvSink<MertonResult> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(CSV_HEADER);
    }

    @Override
    protected int rowCount(MertonResult batch) {
      return batch.rows();
    }

    @Override
    protected void writeRow(MertonResult r, int i, CsvRowWriter out) throws IOException {
      double horizon = r.horizonYears()[i];
      out.text(r.firmId()).date(r.epochDay()[i]);
      if (horizon == Math.rint(horizon)) {
        out.number((long) horizon); // 1, not 1.0
      } else {
        out.number(horizon);
      }
      out.text(methodName(r))
          .number(r.assetValue()[i])
          .number(r.assetVolatility()[i])
          .number(r.distanceToDefault()[i])
          .number(r.defaultProbability()[i])
          .number(r.solves()[i])
          .bool(r.converged()[i]);
    }
  }
}
