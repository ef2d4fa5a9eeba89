package io.quantbeam.pipelines.io;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * parquet-mr's own values writers, except that a dictionary-encoded text column remembers the last
 * value it was handed: a batch repeats one id (a firm, a method) on every row, and
 * {@link ParquetRowWriter} hands the same {@link Binary} for it each time, so the dictionary's hash
 * look-up (hash and compare of the bytes, per value) is done once per run of equal values. The
 * encoding, the dictionary and its fall-back to plain are parquet-mr's (Parquet format v1:
 * PLAIN_DICTIONARY, as {@code DefaultV1ValuesWriterFactory} writes it).
 */
final class TextDictionaryWriters implements ValuesWriterFactory {

  private final DefaultValuesWriterFactory defaults = new DefaultValuesWriterFactory();
  private ParquetProperties properties;

  @Override
  public void initialize(ParquetProperties parquetProperties) {
    this.properties = parquetProperties;
    defaults.initialize(parquetProperties);
  }

  @Override
  public ValuesWriter newValuesWriter(ColumnDescriptor column) {
    if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
        || !properties.isDictionaryEnabled(column)
        || properties.getWriterVersion() != ParquetProperties.WriterVersion.PARQUET_1_0) {
      return defaults.newValuesWriter(column);
    }
    return FallbackValuesWriter.of(
        new LastValueDictionaryWriter(properties.getDictionaryPageSizeThreshold(), properties),
        new PlainValuesWriter(properties.getInitialSlabSize(), properties.getPageSizeThreshold(),
            properties.getAllocator()));
  }

  /** The binary dictionary writer with a one-entry cache keyed on the identity of the value. */
  private static final class LastValueDictionaryWriter extends PlainBinaryDictionaryValuesWriter {
    private Binary last;
    private int lastId;

    LastValueDictionaryWriter(int maxDictionaryBytes, ParquetProperties properties) {
      super(maxDictionaryBytes, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, properties.getAllocator());
    }

    @Override
    public void writeBytes(Binary value) {
      if (value == last) {
        encodedValues.add(lastId);
        return;
      }
      super.writeBytes(value);
      last = value;
      lastId = binaryDictionaryContent.getInt(value);
    }

    @Override
    protected void clearDictionaryContent() {
      super.clearDictionaryContent();
      last = null; // a new row group starts a new dictionary
    }
  }
}
