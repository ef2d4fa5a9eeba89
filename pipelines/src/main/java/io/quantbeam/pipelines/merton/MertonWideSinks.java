package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The wide output layout ({@code --layout=wide}), like the published study's {@code Va_1 … Va_5}:
 * one row per firm and date, a group of columns per horizon h —
 * firm_id, date, method, then for each horizon {@code asset_value_<h>}, {@code asset_volatility_<h>},
 * {@code distance_to_default_<h>} (null when unlevered), {@code default_probability_<h>},
 * {@code solves_<h>}, {@code converged_<h>}, with h in years ({@code 1}, {@code 0_5} for half a
 * year). Same values as the long layout; a fifth of the rows, and firm_id, date and method are
 * written once per firm-day instead of once per horizon.
 */
final class MertonWideSinks {

  private static final String[] PER_HORIZON = {"asset_value", "asset_volatility", "distance_to_default",
      "default_probability", "solves", "converged"};

  private MertonWideSinks() {}

  static FileIO.Sink<MertonResult> of(FileFormat format, double[] horizons) {
    return format == FileFormat.CSV ? new Csv(horizons) : new Parquet(horizons);
  }

  /** 1 → "1", 0.5 → "0_5": a column-name suffix valid in Parquet, Avro and SQL. */
  static String suffix(double horizon) {
    String text = horizon == Math.rint(horizon) ? Long.toString((long) horizon) : Double.toString(horizon);
    return text.replace('.', '_');
  }

  static String csvHeader(double[] horizons) {
    List<String> names = new ArrayList<>(List.of("firm_id", "date", "method"));
    for (double h : horizons) {
      for (String column : PER_HORIZON) {
        names.add(column + "_" + suffix(h));
      }
    }
    return String.join(",", names);
  }

  static MessageType parquetSchema(double[] horizons) {
    StringBuilder schema = new StringBuilder("message merton_result_wide {\n"
        + "  required binary firm_id (STRING);\n  required int32 date (DATE);\n  required binary method (STRING);\n");
    for (double h : horizons) {
      String s = suffix(h);
      schema.append("  required double asset_value_").append(s).append(";\n")
          .append("  required double asset_volatility_").append(s).append(";\n")
          .append("  optional double distance_to_default_").append(s).append(";\n")
          .append("  required double default_probability_").append(s).append(";\n")
          .append("  required int32 solves_").append(s).append(";\n")
          .append("  required boolean converged_").append(s).append(";\n");
    }
    return MessageTypeParser.parseMessageType(schema.append("}\n").toString());
  }

  /**
   * Rows of a result per firm-day; checks that each date carries every horizon in order, which
   * every method produces (results are ordered by date, then horizon).
   */
  private static int firmDays(MertonResult r, double[] horizons) {
    int h = horizons.length;
    if (r.rows() % h != 0) {
      throw new IllegalStateException("firm " + r.firmId() + ": " + r.rows() + " result rows are not whole days of "
          + h + " horizons");
    }
    for (int i = 0; i < r.rows(); i++) {
      if (r.horizonYears()[i] != horizons[i % h] || r.epochDay()[i] != r.epochDay()[i - i % h]) {
        throw new IllegalStateException("firm " + r.firmId() + ": result row " + i + " breaks the date-then-horizon order");
      }
    }
    return r.rows() / h;
  }

  private static final class Parquet extends BatchParquetSink<MertonResult> {
    private static final long serialVersionUID = 1L;
    private final double[] horizons;

    Parquet(double[] horizons) {
      super(parquetSchema(horizons));
      this.horizons = horizons.clone();
    }

    @Override
    protected int rowCount(MertonResult batch) {
      return firmDays(batch, horizons);
    }

    @Override
    protected void writeRow(MertonResult r, int day, ParquetRowWriter out) {
      int first = day * horizons.length;
      out.string(0, r.firmId());
      out.date(1, r.epochDay()[first]);
      out.string(2, MertonResultSinks.methodName(r));
      int field = 3;
      for (int k = 0; k < horizons.length; k++) {
        int i = first + k;
        out.float64(field++, r.assetValue()[i]);
        out.float64(field++, r.assetVolatility()[i]);
        out.float64OrNull(field++, r.distanceToDefault()[i]);
        out.float64(field++, r.defaultProbability()[i]);
        out.int32(field++, r.solves()[i]);
        out.bool(field++, r.converged()[i]);
      }
    }
  }

  private static final class Csv extends BatchCsvSink<MertonResult> {
    private static final long serialVersionUID = 1L;
    private final double[] horizons;

    Csv(double[] horizons) {
      super(csvHeader(horizons));
      this.horizons = horizons.clone();
    }

    @Override
    protected int rowCount(MertonResult batch) {
      return firmDays(batch, horizons);
    }

    @Override
    protected void writeRow(MertonResult r, int day, CsvRowWriter out) throws IOException {
      int first = day * horizons.length;
      out.text(r.firmId()).date(r.epochDay()[first]).text(MertonResultSinks.methodName(r));
      for (int k = 0; k < horizons.length; k++) {
        int i = first + k;
        out.number(r.assetValue()[i])
            .number(r.assetVolatility()[i])
            .number(r.distanceToDefault()[i])
            .number(r.defaultProbability()[i])
            .number(r.solves()[i])
            .bool(r.converged()[i]);
      }
    }
  }
}
