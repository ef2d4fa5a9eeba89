package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.io.Serializable;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import io.quantbeam.transforms.progress.ProgressCounters;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * One output table, declared once: an ordered list of typed columns, each read from a batch
 * element (a firm's results, a shard's P&amp;L) by row index. The CSV header, the Parquet schema and
 * both writers come from the declaration, so a table's two formats cannot drift apart.
 *
 * <p>Accessors return primitives; nothing is allocated per cell (the Merton results table has
 * hundreds of millions of rows). Null is NaN for a floating column, null for an optional text
 * column and "not present" for an optional integer column; CSV writes it as an empty
 * field, Parquet as a missing value.
 *
 * @param <T> the batch type: one Beam element holding many rows
 */
public final class OutputTable<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many rows a batch holds. */
  @FunctionalInterface
  public interface Rows<T> extends Serializable {
    int count(T batch);
  }

  /** A text cell of row {@code row}. */
  @FunctionalInterface
  public interface Text<T> extends Serializable {
    String get(T batch, int row);
  }

  /** A floating cell of row {@code row}. */
  @FunctionalInterface
  public interface Float64<T> extends Serializable {
    double get(T batch, int row);
  }

  /** An integer cell of row {@code row} (also days since 1970-01-01 for dates). */
  @FunctionalInterface
  public interface Int64<T> extends Serializable {
    long get(T batch, int row);
  }

  /** A boolean cell of row {@code row}; also whether an optional cell is present. */
  @FunctionalInterface
  public interface Flag<T> extends Serializable {
    boolean get(T batch, int row);
  }

  /** The metrics namespace of the rows-written counters. */
  public static final String NAMESPACE = "quantbeam.output";

  private final String name;
  private final Rows<T> rows;
  private final TableColumn<T>[] columns;

  private OutputTable(String name, Rows<T> rows, List<TableColumn<T>> columns) {
    this.name = name;
    this.rows = rows;
    @SuppressWarnings("unchecked")
    TableColumn<T>[] array = columns.toArray(TableColumn[]::new);
    this.columns = array;
  }

  /** Starts a table; {@code name} is the Parquet message name. */
  public static <T> Builder<T> named(String name, Rows<T> rows) {
    return new Builder<>(name, rows);
  }

  /** The column names, in order. */
  public List<String> columnNames() {
    return Arrays.stream(columns).map(TableColumn::name).toList();
  }

  public String csvHeader() {
    return Arrays.stream(columns).map(TableColumn::name).collect(Collectors.joining(","));
  }

  public MessageType parquetSchema() {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    for (TableColumn<T> column : columns) {
      column.declare(schema);
    }
    return schema.named(name);
  }

  /** The sink that writes batches in {@code format}: a CSV header line, or one Parquet file per bundle. */
  public FileIO.Sink<T> sink(FileFormat format) {
    return sink(format, null);
  }

  private FileIO.Sink<T> sink(FileFormat format, String rowsCounter) {
    FileIO.Sink<T> sink = format == FileFormat.CSV ? new CsvSink<>(this) : new ParquetSink<>(this);
    return rowsCounter == null ? sink : new CountingSink<>(sink, this, rowsCounter);
  }

  /**
   * Writes batches to {@code <folder>/<prefix>-NNNNN-of-MMMMM.<csv|parquet>}, all or nothing, and
   * counts the rows written in progress counter {@link #rowsWritten rowsWritten(prefix)}.
   */
  public BatchFileWrite<T> writeTo(String folder, String prefix, FileFormat format) {
    return BatchFileWrite.to(folder, prefix, format.suffix(), sink(format, rowsWritten(prefix)));
  }

  /** The progress counter (namespace {@link #NAMESPACE}) of the rows {@link #writeTo} wrote under {@code prefix}. */
  public static String rowsWritten(String prefix) {
    return prefix + "_rows_written";
  }

  int rowCount(T batch) {
    return rows.count(batch);
  }

  void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
    for (TableColumn<T> column : columns) {
      column.writeCsv(batch, row, out);
    }
  }

  void writeParquet(T batch, int row, ParquetRowWriter out) {
    for (int field = 0; field < columns.length; field++) {
      columns[field].writeParquet(batch, row, field, out);
    }
  }

  /** Adds columns in order. */
  public static final class Builder<T> {
    private final String name;
    private final Rows<T> rows;
    private final List<TableColumn<T>> columns = new ArrayList<>();

    private Builder(String name, Rows<T> rows) {
      this.name = name;
      this.rows = rows;
    }

    /** A required text column. */
    public Builder<T> text(String column, Text<T> value) {
      return add(new TableColumn.TextColumn<>(column, false, value));
    }

    /** A text column that may be null. */
    public Builder<T> optionalText(String column, Text<T> value) {
      return add(new TableColumn.TextColumn<>(column, true, value));
    }

    /** A DATE column from days since 1970-01-01, written YYYY-MM-DD in CSV. */
    public Builder<T> date(String column, Int64<T> epochDay) {
      return add(new TableColumn.DateColumn<>(column, epochDay));
    }

    /** A required 32-bit integer column. */
    public Builder<T> int32(String column, Int64<T> value) {
      return add(new TableColumn.IntColumn<>(column, PrimitiveTypeName.INT32, null, value));
    }

    /** A 32-bit integer column, null where {@code present} is false. */
    public Builder<T> optionalInt32(String column, Int64<T> value, Flag<T> present) {
      return add(new TableColumn.IntColumn<>(column, PrimitiveTypeName.INT32, present, value));
    }

    /** A required 64-bit integer column. */
    public Builder<T> int64(String column, Int64<T> value) {
      return add(new TableColumn.IntColumn<>(column, PrimitiveTypeName.INT64, null, value));
    }

    /** A required double column. */
    public Builder<T> float64(String column, Float64<T> value) {
      return add(new TableColumn.DoubleColumn<>(column, Repetition.REQUIRED, false, value));
    }

    /** A double column where NaN means null. */
    public Builder<T> optionalFloat64(String column, Float64<T> value) {
      return add(new TableColumn.DoubleColumn<>(column, Repetition.OPTIONAL, false, value));
    }

    /**
     * A double column whose whole values CSV writes without a decimal point ({@code 1}, not
     * {@code 1.0}), as people write horizons and bond frequencies; NaN means null when optional.
     */
    public Builder<T> wholeFloat64(String column, boolean optional, Float64<T> value) {
      return add(new TableColumn.DoubleColumn<>(column, optional ? Repetition.OPTIONAL : Repetition.REQUIRED, true,
          value));
    }

    public Builder<T> bool(String column, Flag<T> value) {
      return add(new TableColumn.BoolColumn<>(column, value));
    }

    private Builder<T> add(TableColumn<T> column) {
      if (columns.stream().anyMatch(c -> c.name().equals(column.name()))) {
        throw new IllegalArgumentException("table " + name + " declares column " + column.name() + " twice");
      }
      columns.add(column);
      return this;
    }

    public OutputTable<T> build() {
      return new OutputTable<>(name, rows, columns);
    }
  }

  /** The CSV form of a table: its header line, then one line per row. */
  private static final class CsvSink<T> extends BatchCsvSink<T> {
    private static final long serialVersionUID = 1L;
    private final OutputTable<T> table;

    CsvSink(OutputTable<T> table) {
      super(table.csvHeader());
      this.table = table;
    }

    @Override
    protected int rowCount(T batch) {
      return table.rowCount(batch);
    }

    @Override
    protected void writeRow(T batch, int row, CsvRowWriter out) throws IOException {
      table.writeCsv(batch, row, out);
    }
  }

  /** The Parquet form of a table, with the schema derived from its columns. */
  private static final class ParquetSink<T> extends BatchParquetSink<T> {
    private static final long serialVersionUID = 1L;
    private final OutputTable<T> table;

    ParquetSink(OutputTable<T> table) {
      super(table.parquetSchema());
      this.table = table;
    }

    @Override
    protected int rowCount(T batch) {
      return table.rowCount(batch);
    }

    @Override
    protected void writeRow(T batch, int row, ParquetRowWriter out) {
      table.writeParquet(batch, row, out);
    }
  }

  /** Counts the rows another sink writes, in a progress counter. */
  private static final class CountingSink<T> implements FileIO.Sink<T> {
    private static final long serialVersionUID = 1L;
    private final FileIO.Sink<T> sink;
    private final OutputTable<T> table;
    private final Counter rowsWritten;

    CountingSink(FileIO.Sink<T> sink, OutputTable<T> table, String counter) {
      this.sink = sink;
      this.table = table;
      this.rowsWritten = ProgressCounters.counter(NAMESPACE, counter);
    }

    @Override
    public void open(WritableByteChannel channel) throws IOException {
      sink.open(channel);
    }

    @Override
    public void write(T batch) throws IOException {
      sink.write(batch);
      rowsWritten.inc(table.rowCount(batch));
    }

    @Override
    public void flush() throws IOException {
      sink.flush();
    }
  }
}
