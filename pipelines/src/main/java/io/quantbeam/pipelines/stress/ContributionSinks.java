package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.models.stress.TailContributions;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The contributions table, {@code contributions-*}: per level, one row per book, then one per
 * position — columns level, kind (book / position), name, book, tail_scenarios (m),
 * var_scenario_id, var_contribution, es_contribution (losses positive, base currency).
 */
final class ContributionSinks {

  static final String PREFIX = "contributions";
  static final String CSV_HEADER =
      "level,kind,name,book,tail_scenarios,var_scenario_id,var_contribution,es_contribution";

  private ContributionSinks() {}

  static FileIO.Sink<RiskContributions> of(FileFormat format) {
    return format == FileFormat.CSV ? new Csv() : new Parquet();
  }

  static MessageType parquetSchema() {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    for (String text : new String[] {"level", "kind", "name", "book"}) {
      schema.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(text);
    }
    schema.required(PrimitiveTypeName.INT64).named("tail_scenarios");
    schema.required(PrimitiveTypeName.INT64).named("var_scenario_id");
    schema.optional(PrimitiveTypeName.DOUBLE).named("var_contribution");
    schema.optional(PrimitiveTypeName.DOUBLE).named("es_contribution");
    return schema.named("stress_contributions");
  }

  /** Row {@code row} of the table: its level, whether it is a book, and the book's or position's index. */
  private record Cell(RiskContributions.Level level, boolean book, int index) {
    static Cell of(RiskContributions c, int row) {
      int perLevel = c.books().size() + c.positionIds().size();
      int within = row % perLevel;
      boolean book = within < c.books().size();
      return new Cell(c.levels().get(row / perLevel), book, book ? within : within - c.books().size());
    }

    String name(RiskContributions c) {
      return book ? c.books().get(index) : c.positionIds().get(index);
    }

    String bookName(RiskContributions c) {
      return book ? c.books().get(index) : c.books().get(c.positionBooks()[index]);
    }

    double var() {
      TailContributions.Contributions v = level.values();
      return book ? v.varByBook()[index] : v.varByPosition()[index];
    }

    double es() {
      TailContributions.Contributions v = level.values();
      return book ? v.esByBook()[index] : v.esByPosition()[index];
    }
  }

  private static final class Parquet extends BatchParquetSink<RiskContributions> {
    private static final long serialVersionUID = 1L;

    Parquet() {
      super(parquetSchema());
    }

    @Override
    protected int rowCount(RiskContributions c) {
      return c.rowCount();
    }

    @Override
    protected void writeRow(RiskContributions c, int row, ParquetRowWriter out) {
      Cell cell = Cell.of(c, row);
      out.string(0, cell.level().level());
      out.string(1, cell.book() ? "book" : "position");
      out.string(2, cell.name(c));
      out.string(3, cell.bookName(c));
      out.int64(4, cell.level().values().tailCount());
      out.int64(5, cell.level().values().varScenarioId());
      out.float64OrNull(6, cell.var());
      out.float64OrNull(7, cell.es());
    }
  }

  private static final class Csv extends BatchCsvSink<RiskContributions> {
    private static final long serialVersionUID = 1L;

    Csv() {
      super(CSV_HEADER);
    }

    @Override
    protected int rowCount(RiskContributions c) {
      return c.rowCount();
    }

    @Override
    protected void writeRow(RiskContributions c, int row, CsvRowWriter out) throws IOException {
      Cell cell = Cell.of(c, row);
      out.text(cell.level().level()).text(cell.book() ? "book" : "position").text(cell.name(c))
          .text(cell.bookName(c)).number(cell.level().values().tailCount())
          .number(cell.level().values().varScenarioId()).number(cell.var()).number(cell.es());
    }
  }
}
