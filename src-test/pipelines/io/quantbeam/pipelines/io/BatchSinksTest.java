package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSinksTest {

  /** A test batch: ids, days and values, NaN for null. */
  record Batch(String[] ids, long[] days, double[] values) {}

  static final class ParquetSink extends BatchParquetSink<Batch> {
    static final String SCHEMA =
        "message t { required binary id (STRING); required int32 day (DATE); optional double value; }";

    ParquetSink() {
      super(MessageTypeParser.parseMessageType(SCHEMA));
    }

    /** Row groups of about {@code rowGroupBytes}. */
    ParquetSink(long rowGroupBytes) {
      super(MessageTypeParser.parseMessageType(SCHEMA), rowGroupBytes);
    }

    @Override
    protected int rowCount(Batch batch) {
      return batch.ids().length;
    }

    @Override
    protected void writeRow(Batch b, int i, ParquetRowWriter out) {
      out.string(0, b.ids()[i]);
      out.date(1, b.days()[i]);
      out.float64OrNull(2, b.values()[i]);
    }
  }

  static final class CsvSink extends BatchCsvSink<Batch> {
    CsvSink() {
      super("id,day,value");
    }

    @Override
    protected int rowCount(Batch batch) {
      return batch.ids().length;
    }

    @Override
    protected void writeRow(Batch b, int i, CsvRowWriter out) throws IOException {
      out.text(b.ids()[i]).date(b.days()[i]).number(b.values()[i]);
    }
  }

  private static final long DAY = LocalDate.of(2021, 6, 30).toEpochDay();
  private static final Batch FIRST = new Batch(new String[] {"a", "b,\"c\""}, new long[] {DAY, DAY + 1}, new double[] {0.1, Double.NaN});
  private static final Batch SECOND = new Batch(new String[] {"d"}, new long[] {DAY + 2}, new double[] {-1e-300});

  private static void write(FileIO.Sink<Batch> sink, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      sink.open(channel);
      sink.write(FIRST);
      sink.write(SECOND);
      sink.flush();
    }
  }

  @Test
  void parquetRoundTripKeepsEveryRowNullsAndDates(@TempDir Path dir) throws IOException {
    write(new ParquetSink(), dir.resolve("t.parquet"));
    List<GenericRecord> rows = OutputFiles.parquetRows(dir, "*.parquet");
    assertEquals(3, rows.size());
    assertEquals("b,\"c\"", rows.get(1).get("id").toString());
    assertEquals((int) DAY + 1, rows.get(1).get("day"));
    assertNull(rows.get(1).get("value"));
    assertEquals(-1e-300, rows.get(2).get("value"));
    assertEquals("date", rows.get(0).getSchema().getField("day").schema().getLogicalType().getName());
  }

  @Test
  void csvRoundTripQuotesAndWritesNullAsEmpty(@TempDir Path dir) throws IOException {
    write(new CsvSink(), dir.resolve("t.csv"));
    assertEquals(List.of("a,2021-06-30,0.1", "\"b,\"\"c\"\"\",2021-07-01,", "d,2021-07-02,-1.0E-300"),
        OutputFiles.csvRows(dir, "*.csv", "id,day,value"));
    try (CsvTabularReader reader = new CsvTabularReader("t.csv", Files.newByteChannel(dir.resolve("t.csv")))) {
      assertTrue(reader.next());
      assertTrue(reader.next());
      assertEquals("b,\"c\"", reader.row().text(0));
      assertTrue(reader.row().isEmpty(2));
      assertTrue(reader.next());
      assertEquals(-1e-300, reader.row().number(2), "doubles round-trip exactly");
      assertFalse(reader.next());
    }
  }

  @Test
  void parquetWrittenBySinkReadsBackThroughTheInputReader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.parquet");
    write(new ParquetSink(), file);
    try (ParquetTabularReader reader = new ParquetTabularReader(file.toString(), Files.newByteChannel(file))) {
      assertEquals(List.of("id", "day", "value"), reader.header());
      assertTrue(reader.next());
      assertEquals(1, reader.row().line());
      assertEquals(DAY, reader.row().epochDay(1));
      assertEquals(0.1, reader.row().number(2));
      assertTrue(reader.next());
      assertTrue(reader.row().isEmpty(2));
      assertTrue(reader.next());
      assertFalse(reader.next());
    }
  }

  @Test
  void parquetRowGroupsSplitBetweenBatchesAndEveryRowReadsBack(@TempDir Path dir) throws IOException {
    int batches = 40;
    int rowsPerBatch = 250;
    Path file = dir.resolve("t.parquet");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      BatchParquetSink<Batch> sink = new ParquetSink(4096);
      sink.open(channel);
      for (int b = 0; b < batches; b++) {
        sink.write(batch(b, rowsPerBatch));
      }
      sink.flush();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(false)))) {
      List<BlockMetaData> rowGroups = reader.getFooter().getBlocks();
      assertTrue(rowGroups.size() > 1, "several row groups: " + rowGroups.size());
      assertEquals(batches * rowsPerBatch, rowGroups.stream().mapToLong(BlockMetaData::getRowCount).sum());
      assertEquals(MessageTypeParser.parseMessageType(ParquetSink.SCHEMA), reader.getFileMetaData().getSchema());
    }
    List<GenericRecord> rows = OutputFiles.parquetRows(dir, "*.parquet");
    assertEquals(batches * rowsPerBatch, rows.size());
    for (int b = 0; b < batches; b++) {
      Batch expected = batch(b, rowsPerBatch);
      for (int i = 0; i < rowsPerBatch; i++) {
        GenericRecord row = rows.get(b * rowsPerBatch + i);
        assertEquals(expected.ids()[i], row.get("id").toString());
        assertEquals((int) expected.days()[i], row.get("day"));
        double value = expected.values()[i];
        assertEquals(Double.isNaN(value) ? null : value, row.get("value"), "batch " + b + " row " + i);
      }
    }
  }

  @Test
  void aMissingRequiredParquetFieldIsAnError(@TempDir Path dir) throws IOException {
    BatchParquetSink<Batch> sink = new BatchParquetSink<>(MessageTypeParser.parseMessageType(ParquetSink.SCHEMA)) {
      @Override
      protected int rowCount(Batch batch) {
        return batch.ids().length;
      }

      @Override
      protected void writeRow(Batch b, int i, ParquetRowWriter out) {
        out.missing(0);
      }
    };
    try (FileChannel channel = FileChannel.open(dir.resolve("t.parquet"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      sink.open(channel);
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> sink.write(FIRST));
      assertTrue(error.getMessage().contains("required field [id]"), error.getMessage());
    }
  }

  @Test
  void repeatedAlternatingAndTooManyDistinctIdsReadBack(@TempDir Path dir) throws IOException {
    // Runs of equal ids (the dictionary's last-value cache hits), ids coming back after another,
    // then so many long distinct ids that parquet-mr's dictionary (1 MB) falls back to plain.
    String[] pattern = {"a", "a", "b", "a", "b", "b", "c", "a"};
    int distinct = 20_000;
    String[] ids = new String[pattern.length + distinct];
    System.arraycopy(pattern, 0, ids, 0, pattern.length);
    for (int i = 0; i < distinct; i++) {
      ids[pattern.length + i] = String.format("%0100d", i);
    }
    long[] days = new long[ids.length];
    double[] values = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      days[i] = DAY + i;
      values[i] = i;
    }
    Path file = dir.resolve("t.parquet");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      BatchParquetSink<Batch> sink = new ParquetSink();
      sink.open(channel);
      sink.write(new Batch(ids, days, values));
      sink.write(new Batch(pattern, java.util.Arrays.copyOf(days, pattern.length),
          java.util.Arrays.copyOf(values, pattern.length)));
      sink.flush();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(file.toUri()), new Configuration(false)))) {
      assertTrue(reader.getFooter().getBlocks().get(0).getColumns().get(0).getEncodings()
          .contains(Encoding.PLAIN), "the dictionary fell back to plain, re-encoding the ids it held");
    }
    List<GenericRecord> rows = OutputFiles.parquetRows(dir, "*.parquet");
    assertEquals(ids.length + pattern.length, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String expected = i < ids.length ? ids[i] : pattern[i - ids.length];
      assertEquals(expected, rows.get(i).get("id").toString(), "row " + i);
    }
  }

  /** Batch {@code b}: one id, consecutive days, every seventh value null. */
  private static Batch batch(int b, int rows) {
    String[] ids = new String[rows];
    long[] days = new long[rows];
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      ids[i] = "firm-" + b;
      days[i] = DAY + b * rows + i;
      values[i] = i % 7 == 3 ? Double.NaN : b * 1000.0 + i / 8.0;
    }
    return new Batch(ids, days, values);
  }
}
