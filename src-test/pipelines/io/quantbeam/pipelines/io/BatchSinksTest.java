package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSinksTest {

  /** A test batch: ids, days and values, NaN for null. */
  record Batch(String[] ids, long[] days, double[] values) {}

  static final class ParquetSink extends BatchParquetSink<Batch> {
    ParquetSink() {
      super(MessageTypeParser.parseMessageType(
          "message t { required binary id (STRING); required int32 day (DATE); optional double value; }"));
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
}
