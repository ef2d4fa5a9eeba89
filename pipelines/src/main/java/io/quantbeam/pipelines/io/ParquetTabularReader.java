package io.quantbeam.pipelines.io;

import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.rows.IsoDates;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * Parquet rows through parquet-avro's generic records. Numbers may be stored as any numeric type
 * or as text; dates as a DATE column (days since 1970-01-01) or ISO text.
 */
final class ParquetTabularReader implements TabularReader, InputRow {

  private final String source;
  private final ParquetReader<GenericRecord> reader;
  private final List<String> header;
  private GenericRecord record;
  private long rowNumber;

  ParquetTabularReader(String source, SeekableByteChannel channel) throws IOException {
    this.source = source;
    try {
      this.reader = AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(channel))
          .withConf(new Configuration(false))
          .build();
      this.record = reader.read();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw new IllegalArgumentException(source + " is not a readable Parquet file: " + e.getMessage(), e);
    }
    this.header = record == null ? List.of() : record.getSchema().getFields().stream().map(Schema.Field::name).toList();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public boolean next() throws IOException {
    if (rowNumber > 0) {
      record = reader.read();
    }
    if (record == null) {
      return false;
    }
    rowNumber++;
    return true;
  }

  @Override
  public InputRow row() {
    return this;
  }

  @Override
  public String malformation() {
    return null;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public long line() {
    return rowNumber;
  }

  @Override
  public String payload() {
    return record.toString();
  }

  @Override
  public boolean isEmpty(int column) {
    if (column < 0) {
      return true;
    }
    Object value = record.get(column);
    return value == null || (value instanceof CharSequence text && text.toString().isBlank());
  }

  @Override
  public String text(int column) {
    return record.get(column).toString();
  }

  @Override
  public double number(int column) {
    Object value = record.get(column);
    return value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString());
  }

  @Override
  public long epochDay(int column) {
    Object value = record.get(column);
    if (value instanceof Integer days) {
      return days;
    }
    if (value instanceof LocalDate date) {
      return date.toEpochDay();
    }
    return IsoDates.toEpochDay(value.toString().trim());
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
