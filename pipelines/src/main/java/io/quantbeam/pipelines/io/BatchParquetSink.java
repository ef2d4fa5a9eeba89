package io.quantbeam.pipelines.io;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * A {@link FileIO.Sink} that writes every row of a batch element (a firm's results, a shard's
 * P&amp;L) to one Parquet file. One Beam element per batch keeps runner overhead per row near zero;
 * one element per row was measured at ~50,000 rows/s on the Direct runner.
 *
 * <p>The schemas here are flat (no groups, no repeated fields), so each cell goes straight to its
 * column's {@code ColumnWriter} with repetition level 0; parquet-mr's record consumer
 * ({@code MessageColumnIO}: a field start/end, a bit set and a missing-field scan per value) is
 * skipped. Row groups, pages, compression, statistics and the footer are parquet-mr's own, as
 * {@code ParquetWriter} does them, so the files are standard Parquet.
 *
 * @param <T> the batch type
 */
public abstract class BatchParquetSink<T> implements FileIO.Sink<T> {

  private static final long serialVersionUID = 1L;
  private final String schemaText;
  /** Rows are buffered (encoded, uncompressed) until about this many bytes, then written as a row group. */
  private final long rowGroupBytes;
  private transient MessageType schema;
  private transient ParquetProperties properties;
  private transient ParquetFileWriter file;
  private transient CodecFactory codecs;
  private transient ColumnChunkPageWriteStore pages;
  private transient ColumnWriteStore columns;
  private transient ParquetRowWriter rowWriter;
  private transient long rowGroupRows;
  private transient int rowGroups;

  protected BatchParquetSink(MessageType schema) {
    this(schema, ParquetWriter.DEFAULT_BLOCK_SIZE);
  }

  /** Row groups of about {@code rowGroupBytes} (tests use small ones to cross row-group boundaries). */
  BatchParquetSink(MessageType schema, long rowGroupBytes) {
    this.schemaText = schema.toString();
    this.rowGroupBytes = rowGroupBytes;
  }

  /** How many rows {@code batch} holds. */
  protected abstract int rowCount(T batch);

  /**
   * Writes row {@code row} of {@code batch}, field by field: every field exactly once, a null cell
   * through the writer's null-aware methods ({@link ParquetRowWriter#missing}).
   */
  protected abstract void writeRow(T batch, int row, ParquetRowWriter out);

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    schema = MessageTypeParser.parseMessageType(schemaText);
    ParquetProperties.Builder builder = ParquetProperties.builder().withValuesWriterFactory(new TextDictionaryWriters());
    // Only text columns (ids, labels) keep a dictionary: a batch repeats one id on every row, so
    // the dictionary makes the files much smaller. Numbers, dates and flags are written plain: their
    // dictionary is a hash look-up per value (and a fall-back check) until Parquet gives up on it,
    // measured at a large share of a Merton run's CPU (docs/merton-throughput.md).
    for (ColumnDescriptor column : schema.getColumns()) {
      if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY) {
        builder.withDictionaryEncoding(String.join(".", column.getPath()), false);
      }
    }
    properties = builder.build();
    file = new ParquetFileWriter(new ChannelOutputFile(channel), schema, ParquetFileWriter.Mode.CREATE,
        rowGroupBytes, ParquetWriter.MAX_PADDING_SIZE_DEFAULT, properties.getColumnIndexTruncateLength(),
        properties.getStatisticsTruncateLength(), properties.getPageWriteChecksumEnabled());
    file.start();
    codecs = new CodecFactory(new Configuration(false), properties.getPageSizeThreshold());
    rowWriter = new ParquetRowWriter(schema);
    rowGroups = 0;
    startRowGroup();
  }

  @Override
  public void write(T batch) throws IOException {
    int rows = rowCount(batch);
    for (int row = 0; row < rows; row++) {
      writeRow(batch, row, rowWriter);
      columns.endRecord(); // counts the row and, now and then, closes full pages
    }
    rowGroupRows += rows;
    // Checked once per batch, not per row: a batch (one firm, one shard) is small next to a row group.
    if (columns.getBufferedSize() >= rowGroupBytes) {
      endRowGroup();
      startRowGroup();
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      endRowGroup();
      file.end(Map.of()); // writes the footer; ChannelOutputFile leaves the channel to Beam
    } finally {
      codecs.release();
    }
  }

  private void startRowGroup() {
    pages = new ColumnChunkPageWriteStore(codecs.getCompressor(CompressionCodecName.SNAPPY), schema,
        properties.getAllocator(), properties.getColumnIndexTruncateLength(),
        properties.getPageWriteChecksumEnabled(), file.getEncryptor(), rowGroups);
    columns = properties.newColumnWriteStore(schema, pages, pages);
    rowWriter.target(columns);
    rowGroupRows = 0;
  }

  private void endRowGroup() throws IOException {
    if (rowGroupRows > 0) {
      file.startBlock(rowGroupRows);
      columns.flush();
      pages.flushToFileWriter(file);
      file.endBlock();
      rowGroups++;
    }
    columns.close();
  }
}
