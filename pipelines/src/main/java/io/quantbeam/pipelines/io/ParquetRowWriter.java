package io.quantbeam.pipelines.io;

import java.nio.charset.StandardCharsets;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes one Parquet row field by field, by field index in the sink's schema. Reused for every
 * row: nothing is allocated per value except the bytes of strings.
 */
public final class ParquetRowWriter {

  private final String[] fieldNames;
  private RecordConsumer consumer;
  /** The last string written per field and its UTF-8 bytes: a batch repeats its id on every row. */
  private final String[] lastString;
  private final Binary[] lastBinary;

  ParquetRowWriter(MessageType schema) {
    this.fieldNames = schema.getFields().stream().map(f -> f.getName()).toArray(String[]::new);
    this.lastString = new String[fieldNames.length];
    this.lastBinary = new Binary[fieldNames.length];
  }

  void target(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  public void string(int field, String value) {
    if (value != null) {
      if (!value.equals(lastString[field])) {
        lastString[field] = value;
        lastBinary[field] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
      }
      consumer.startField(fieldNames[field], field);
      consumer.addBinary(lastBinary[field]);
      consumer.endField(fieldNames[field], field);
    }
  }

  public void int32(int field, int value) {
    consumer.startField(fieldNames[field], field);
    consumer.addInteger(value);
    consumer.endField(fieldNames[field], field);
  }

  public void int64(int field, long value) {
    consumer.startField(fieldNames[field], field);
    consumer.addLong(value);
    consumer.endField(fieldNames[field], field);
  }

  /** A DATE column: days since 1970-01-01. */
  public void date(int field, long epochDay) {
    int32(field, Math.toIntExact(epochDay));
  }

  public void bool(int field, boolean value) {
    consumer.startField(fieldNames[field], field);
    consumer.addBoolean(value);
    consumer.endField(fieldNames[field], field);
  }

  /** A double column; NaN is written as null, so the column must be optional. */
  public void float64OrNull(int field, double value) {
    if (!Double.isNaN(value)) {
      float64(field, value);
    }
  }

  public void float64(int field, double value) {
    consumer.startField(fieldNames[field], field);
    consumer.addDouble(value);
    consumer.endField(fieldNames[field], field);
  }
}
