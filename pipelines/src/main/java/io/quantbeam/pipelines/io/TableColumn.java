package io.quantbeam.pipelines.io;

import java.io.IOException;
import java.io.Serializable;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/** One typed column of an {@link OutputTable}: its name, its Parquet type and how each format writes a cell. */
abstract class TableColumn<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;

  TableColumn(String name) {
    this.name = name;
  }

  final String name() {
    return name;
  }

  /** Adds this column's field to the Parquet schema. */
  abstract void declare(Types.MessageTypeBuilder schema);

  abstract void writeCsv(T batch, int row, CsvRowWriter out) throws IOException;

  /** Writes the cell as field {@code field}, a null cell as {@link ParquetRowWriter#missing}. */
  abstract void writeParquet(T batch, int row, int field, ParquetRowWriter out);

  static final class TextColumn<T> extends TableColumn<T> {
    private static final long serialVersionUID = 1L;
    private final boolean optional;
    private final OutputTable.Text<T> value;

    TextColumn(String name, boolean optional, OutputTable.Text<T> value) {
      super(name);
      this.optional = optional;
      this.value = value;
    }

    @Override
    void declare(Types.MessageTypeBuilder schema) {
      schema.primitive(PrimitiveTypeName.BINARY, optional ? Repetition.OPTIONAL : Repetition.REQUIRED)
          .as(LogicalTypeAnnotation.stringType()).named(name());
    }

    @Override
    void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
      out.text(value.get(batch, row));
    }

    @Override
    void writeParquet(T batch, int row, int field, ParquetRowWriter out) {
      out.string(field, value.get(batch, row));
    }
  }

  static final class DateColumn<T> extends TableColumn<T> {
    private static final long serialVersionUID = 1L;
    private final OutputTable.Int64<T> epochDay;

    DateColumn(String name, OutputTable.Int64<T> epochDay) {
      super(name);
      this.epochDay = epochDay;
    }

    @Override
    void declare(Types.MessageTypeBuilder schema) {
      schema.required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name());
    }

    @Override
    void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
      out.date(epochDay.get(batch, row));
    }

    @Override
    void writeParquet(T batch, int row, int field, ParquetRowWriter out) {
      out.date(field, epochDay.get(batch, row));
    }
  }

  static final class IntColumn<T> extends TableColumn<T> {
    private static final long serialVersionUID = 1L;
    private final PrimitiveTypeName type;
    /** Null for a required column. */
    private final OutputTable.Flag<T> present;
    private final OutputTable.Int64<T> value;

    IntColumn(String name, PrimitiveTypeName type, OutputTable.Flag<T> present, OutputTable.Int64<T> value) {
      super(name);
      this.type = type;
      this.present = present;
      this.value = value;
    }

    @Override
    void declare(Types.MessageTypeBuilder schema) {
      schema.primitive(type, present == null ? Repetition.REQUIRED : Repetition.OPTIONAL).named(name());
    }

    @Override
    void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
      if (present == null || present.get(batch, row)) {
        out.number(value.get(batch, row));
      } else {
        out.text(null);
      }
    }

    @Override
    void writeParquet(T batch, int row, int field, ParquetRowWriter out) {
      if (present == null || present.get(batch, row)) {
        long v = value.get(batch, row);
        if (type == PrimitiveTypeName.INT32) {
          out.int32(field, Math.toIntExact(v));
        } else {
          out.int64(field, v);
        }
      } else {
        out.missing(field);
      }
    }
  }

  static final class DoubleColumn<T> extends TableColumn<T> {
    private static final long serialVersionUID = 1L;
    /** Beyond this a whole double is written as a double: a long would not hold it, nor would people write it so. */
    private static final double LARGEST_WHOLE_AS_INTEGER = 1e15;
    private final Repetition repetition;
    private final boolean wholeAsInteger;
    private final OutputTable.Float64<T> value;

    DoubleColumn(String name, Repetition repetition, boolean wholeAsInteger, OutputTable.Float64<T> value) {
      super(name);
      this.repetition = repetition;
      this.wholeAsInteger = wholeAsInteger;
      this.value = value;
    }

    @Override
    void declare(Types.MessageTypeBuilder schema) {
      schema.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name());
    }

    @Override
    void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
      double v = value.get(batch, row);
      if (wholeAsInteger && v == Math.rint(v) && Math.abs(v) < LARGEST_WHOLE_AS_INTEGER) {
        out.number((long) v);
      } else {
        out.number(v); // NaN: empty
      }
    }

    @Override
    void writeParquet(T batch, int row, int field, ParquetRowWriter out) {
      if (repetition == Repetition.OPTIONAL) {
        out.float64OrNull(field, value.get(batch, row));
      } else {
        out.float64(field, value.get(batch, row));
      }
    }
  }

  static final class BoolColumn<T> extends TableColumn<T> {
    private static final long serialVersionUID = 1L;
    private final OutputTable.Flag<T> value;

    BoolColumn(String name, OutputTable.Flag<T> value) {
      super(name);
      this.value = value;
    }

    @Override
    void declare(Types.MessageTypeBuilder schema) {
      schema.required(PrimitiveTypeName.BOOLEAN).named(name());
    }

    @Override
    void writeCsv(T batch, int row, CsvRowWriter out) throws IOException {
      out.bool(value.get(batch, row));
    }

    @Override
    void writeParquet(T batch, int row, int field, ParquetRowWriter out) {
      out.bool(field, value.get(batch, row));
    }
  }
}
