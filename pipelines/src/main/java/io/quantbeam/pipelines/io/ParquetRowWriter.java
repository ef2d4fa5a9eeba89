package io.quantbeam.pipelines.io;

import java.nio.charset.StandardCharsets;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * Writes one Parquet row field by field, by field index in the sink's (flat) schema, straight to
 * the column writers. Every field of a row must be written exactly once: a null cell with
 * {@link #missing} (or a null string, or NaN to {@link #float64OrNull}). Reused for every row:
 * nothing is allocated per value except the bytes of a string that differs from the row before.
 */
public final class ParquetRowWriter {

  private final ColumnDescriptor[] descriptors;
  private final ColumnWriter[] writers;
  /** The definition level of a present value: 1 for an optional field, 0 for a required one. */
  private final int[] present;
  /** The last string written per field and its UTF-8 bytes: a batch repeats its id on every row. */
  private final String[] lastString;
  private final Binary[] lastBinary;

  ParquetRowWriter(MessageType schema) {
    this.descriptors = schema.getColumns().toArray(ColumnDescriptor[]::new);
    this.writers = new ColumnWriter[descriptors.length];
    this.present = new int[descriptors.length];
    for (int field = 0; field < descriptors.length; field++) {
      if (descriptors[field].getMaxRepetitionLevel() != 0 || descriptors[field].getPath().length != 1) {
        throw new IllegalArgumentException("not a flat schema: " + schema);
      }
      present[field] = descriptors[field].getMaxDefinitionLevel();
    }
    this.lastString = new String[descriptors.length];
    this.lastBinary = new Binary[descriptors.length];
  }

  /** Writes to the column writers of {@code store} (one store per row group). */
  void target(ColumnWriteStore store) {
    for (int field = 0; field < descriptors.length; field++) {
      writers[field] = store.getColumnWriter(descriptors[field]);
    }
  }

  /** A null cell; the field must be optional. */
  public void missing(int field) {
    if (present[field] == 0) {
      throw new IllegalArgumentException("required field " + descriptors[field] + " has no value");
    }
    writers[field].writeNull(0, 0);
  }

  /** A text cell; null is a missing value. */
  public void string(int field, String value) {
    if (value == null) {
      missing(field);
      return;
    }
    if (!value.equals(lastString[field])) {
      lastString[field] = value;
      lastBinary[field] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }
    writers[field].write(lastBinary[field], 0, present[field]);
  }

  public void int32(int field, int value) {
    writers[field].write(value, 0, present[field]);
  }

  public void int64(int field, long value) {
    writers[field].write(value, 0, present[field]);
  }

  /** A DATE column: days since 1970-01-01. */
  public void date(int field, long epochDay) {
    int32(field, Math.toIntExact(epochDay));
  }

  public void bool(int field, boolean value) {
    writers[field].write(value, 0, present[field]);
  }

  /** A double column; NaN is written as null, so the column must be optional. */
  public void float64OrNull(int field, double value) {
    if (Double.isNaN(value)) {
      missing(field);
    } else {
      float64(field, value);
    }
  }

  public void float64(int field, double value) {
    writers[field].write(value, 0, present[field]);
  }
}
