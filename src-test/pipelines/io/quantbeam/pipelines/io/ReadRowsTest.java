package io.quantbeam.pipelines.io;

import static io.quantbeam.transforms.rows.ColumnType.DATE;
import static io.quantbeam.transforms.rows.ColumnType.DOUBLE;
import static io.quantbeam.transforms.rows.ColumnType.TEXT;
import static io.quantbeam.transforms.rows.InputColumn.optional;
import static io.quantbeam.transforms.rows.InputColumn.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputSchema;
import io.quantbeam.transforms.rows.RowChunk;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one input path end to end: check a glob of CSV, CSV.gz and Parquet files, read it into chunks and dead letters. */
class ReadRowsTest {

  private static final int DAY = 1;
  private static final int VALUE = 2;
  private static final InputSchema SCHEMA = InputSchema.of(
      row -> row.number(VALUE) >= 0 ? null : row.reject("negative_value", "value must be >= 0"),
      required("id", TEXT, "name"), required("day", DATE, "date"), required("value", DOUBLE), optional("extra", DOUBLE));
  private static final long JAN_1 = LocalDate.of(2021, 1, 1).toEpochDay();

  private static void writeCsv(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeCsvGz(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void writeParquet(Path file) throws IOException {
    Schema date = org.apache.avro.LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
    Schema schema = SchemaBuilder.record("r").fields()
        .requiredString("id").name("date").type(date).noDefault().optionalDouble("value").endRecord();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new ChannelOutputFile(channel))
            .withSchema(schema).build()) {
      writer.write(record(schema, "B", 3, 30.0));
      writer.write(record(schema, "B", 4, null));
    }
  }

  private static GenericRecord record(Schema schema, String id, int dayOffset, Double value) {
    GenericRecord r = new GenericData.Record(schema);
    r.put("id", id);
    r.put("date", (int) (JAN_1 + dayOffset));
    r.put("value", value);
    return r;
  }

  /** A chunk as text: "key source line:day=value ..." with days as offsets from JAN_1. */
  private static String describe(RowChunk chunk) {
    StringBuilder text = new StringBuilder(chunk.key() + " " + Path.of(chunk.sources().get(0)).getFileName());
    for (int i = 0; i < chunk.size(); i++) {
      text.append(' ').append(chunk.line()[i]).append(':')
          .append(chunk.wholes()[SCHEMA.slot(DAY)][i] - JAN_1).append('=').append(chunk.numbers()[SCHEMA.slot(VALUE)][i]);
    }
    return text.toString();
  }

  private static CheckedInput.InputFile file(CheckedInput input, String name) {
    return input.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
  }

  @Test
  void readsCsvWithBomCrlfAndQuotesCsvGzAndParquetIntoChunksAndDeadLetters(@TempDir Path dir) throws IOException {
    writeCsv(dir.resolve("a.csv"), "\uFEFFName,Date,value,extra\r\n"
        + "A,2021-01-02,1.5,\r\n"
        + "\"A\",\"2021-01-01\",\"2\",7\r\n"
        + "\r\n"
        + "C,2021-01-01,-1,\r\n"
        + "C,2021-01-01\r\n"
        + "C,2021-02-30,1,\r\n");
    writeCsvGz(dir.resolve("b.csv.gz"), "id,day,value\nA,2021-01-03,3\nC,2021-01-01,x\n");
    writeParquet(dir.resolve("c.parquet"));

    CheckedInput input = InputFiles.check("input", dir.resolve("*").toString(), null, SCHEMA);
    assertEquals(3, input.files().size());
    CheckedInput.InputFile csv = file(input, "a.csv");
    assertEquals(FileFormat.PARQUET, file(input, "c.parquet").format());
    assertEquals(FileFormat.CSV, file(input, "b.csv.gz").format());
    assertEquals(List.of("Name", "Date", "value", "extra"), csv.header(), "the BOM is not part of the header");

    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionTuple read = p.apply(new ReadRows(input, SCHEMA, "test", "rows_in"));
    PAssert.that(read.get(ReadRows.CHUNKS).apply(MapElements.into(TypeDescriptors.strings()).via(ReadRowsTest::describe)))
        .containsInAnyOrder("A a.csv 2:1=1.5 3:0=2.0", "A b.csv.gz 2:2=3.0", "B c.parquet 1:3=30.0");
    PAssert.that(read.get(ReadRows.REJECTED).apply(FlatMapElements.into(TypeDescriptors.strings())
            .via((DeadLetter d) -> List.of(Path.of(d.source()).getFileName() + ":" + d.line() + " " + d.step() + " "
                + d.reason() + " | " + d.payload()))))
        .containsInAnyOrder(
            "a.csv:5 validate negative_value | C,2021-01-01,-1,",
            "a.csv:6 validate malformed_row | C,2021-01-01",
            "a.csv:7 validate unparseable_date | C,2021-02-30,1,",
            "b.csv.gz:3 validate unparseable_number | C,2021-01-01,x",
            "c.parquet:2 validate missing_value | {\"id\": \"B\", \"date\": 18632, \"value\": null}");
    p.run().waitUntilFinish();
  }

  @Test
  void theCheckFailsFastNamingTheOptionOrTheFile(@TempDir Path dir) throws IOException {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("bars", dir.resolve("*.csv").toString(), null, SCHEMA));
    assertEquals("--bars matched no files: " + dir.resolve("*.csv"), none.getMessage());

    writeCsv(dir.resolve("ok.csv"), "id,day,value\n");
    writeCsv(dir.resolve("short.csv"), "id,when\nA,2021-01-01\n");
    IllegalArgumentException lacking = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", dir.resolve("*.csv").toString(), null, SCHEMA));
    assertEquals(dir.resolve("short.csv") + " lacks the column(s) day (or date), value; its header is [id, when]",
        lacking.getMessage());

    writeCsv(dir.resolve("empty.csv"), "");
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", dir.resolve("empty.csv").toString(), null, null));
    assertTrue(empty.getMessage().startsWith("--input: " + dir.resolve("empty.csv") + " cannot be read as CSV"),
        empty.getMessage());

    writeCsv(dir.resolve("rows.json"), "{}");
    IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", dir.resolve("rows.json").toString(), null, null));
    assertTrue(format.getMessage().startsWith("--input: cannot tell the format of"), format.getMessage());
    assertEquals(List.of("id", "day", "value"),
        InputFiles.check("input", dir.resolve("ok.csv").toString(), null, SCHEMA).files().get(0).header());
  }
}
