package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One declaration, both formats: every column type written as CSV and as Parquet and read back. */
class OutputTableTest {

  /** Columns of a test batch; NaN, null and a negative count stand for null. */
  record Batch(String id, String[] notes, long[] days, long[] counts, long[] big, double[] values, double[] maybe,
      double[] whole, boolean[] flags) {
    int size() {
      return days.length;
    }
  }

  static final OutputTable<Batch> TABLE = OutputTable.<Batch>named("test_table", Batch::size)
      .text("id", (b, i) -> b.id())
      .optionalText("note", (b, i) -> b.notes()[i])
      .date("day", (b, i) -> b.days()[i])
      .optionalInt32("count", (b, i) -> b.counts()[i], (b, i) -> b.counts()[i] >= 0)
      .int64("big", (b, i) -> b.big()[i])
      .float64("value", (b, i) -> b.values()[i])
      .optionalFloat64("maybe", (b, i) -> b.maybe()[i])
      .wholeFloat64("whole", true, (b, i) -> b.whole()[i])
      .bool("flag", (b, i) -> b.flags()[i])
      .build();

  private static final long DAY = LocalDate.of(2024, 2, 28).toEpochDay();
  private static final Batch FIRST = new Batch("a,\"b\"", new String[] {"x", ""}, new long[] {DAY, DAY + 1},
      new long[] {7, -1}, new long[] {1L << 40, -3}, new double[] {0.1, -1e-300}, new double[] {Double.NaN, 2.5},
      new double[] {1, 0.25}, new boolean[] {true, false});
  private static final Batch SECOND = new Batch("c", new String[] {null}, new long[] {DAY + 2}, new long[] {0},
      new long[] {0}, new double[] {1e300}, new double[] {-0.0}, new double[] {Double.NaN}, new boolean[] {true});

  private static void write(FileIO.Sink<Batch> sink, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      sink.open(channel);
      sink.write(FIRST);
      sink.write(SECOND);
      sink.flush();
    }
  }

  @Test
  void headerAndSchemaFollowTheDeclaredOrderAndTypes() {
    assertEquals("id,note,day,count,big,value,maybe,whole,flag", TABLE.csvHeader());
    assertEquals(MessageTypeParser.parseMessageType("""
        message test_table {
          required binary id (STRING);
          optional binary note (STRING);
          required int32 day (DATE);
          optional int32 count;
          required int64 big;
          required double value;
          optional double maybe;
          optional double whole;
          required boolean flag;
        }
        """), TABLE.parquetSchema());
  }

  @Test
  void csvWritesEveryTypeAndNullsAsEmptyFields(@TempDir Path dir) throws IOException {
    write(TABLE.sink(FileFormat.CSV), dir.resolve("t.csv"));
    assertEquals(List.of(
        "\"a,\"\"b\"\"\",x,2024-02-28,7,1099511627776,0.1,,1,true",
        "\"a,\"\"b\"\"\",,2024-02-29,,-3,-1.0E-300,2.5,0.25,false",
        "c,,2024-03-01,0,0,1.0E300,-0.0,,true"), OutputFiles.csvRows(dir, "*.csv", TABLE.csvHeader()));
  }

  @Test
  void parquetRoundTripKeepsValuesAndNulls(@TempDir Path dir) throws IOException {
    write(TABLE.sink(FileFormat.PARQUET), dir.resolve("t.parquet"));
    List<GenericRecord> rows = OutputFiles.parquetRows(dir, "*.parquet");
    assertEquals(3, rows.size());
    GenericRecord first = rows.get(0);
    assertEquals("a,\"b\"", first.get("id").toString());
    assertEquals("x", first.get("note").toString());
    assertEquals((int) DAY, first.get("day"));
    assertEquals(7, first.get("count"));
    assertEquals(1L << 40, first.get("big"));
    assertEquals(0.1, first.get("value"));
    assertNull(first.get("maybe"));
    assertEquals(1.0, first.get("whole"));
    assertEquals(true, first.get("flag"));
    GenericRecord second = rows.get(1);
    assertEquals("", second.get("note").toString(), "empty text is not null");
    assertNull(second.get("count"));
    assertEquals(-1e-300, second.get("value"));
    assertEquals(2.5, second.get("maybe"));
    GenericRecord third = rows.get(2);
    assertEquals("c", third.get("id").toString(), "a new batch's id replaces the cached bytes of the last one");
    assertNull(third.get("note"));
    assertNull(third.get("whole"));
    assertEquals(1e300, third.get("value"));
  }

  @Test
  void survivesJavaSerialisationAsBeamShipsSinks(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(TABLE.sink(FileFormat.CSV));
    }
    @SuppressWarnings("unchecked")
    FileIO.Sink<Batch> copy = (FileIO.Sink<Batch>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))
        .readObject();
    write(copy, dir.resolve("t.csv"));
    assertEquals(3, OutputFiles.csvRows(dir, "*.csv", TABLE.csvHeader()).size());
  }

  @Test
  void aColumnDeclaredTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OutputTable.<Batch>named("t", Batch::size)
        .float64("v", (b, i) -> 0).float64("v", (b, i) -> 1));
  }
}
