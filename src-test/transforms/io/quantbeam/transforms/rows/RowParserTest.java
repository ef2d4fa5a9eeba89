package io.quantbeam.transforms.rows;

import static io.quantbeam.transforms.rows.ColumnType.DATE;
import static io.quantbeam.transforms.rows.ColumnType.DOUBLE;
import static io.quantbeam.transforms.rows.ColumnType.LONG;
import static io.quantbeam.transforms.rows.ColumnType.TEXT;
import static io.quantbeam.transforms.rows.ColumnType.TIMESTAMP;
import static io.quantbeam.transforms.rows.InputColumn.optional;
import static io.quantbeam.transforms.rows.InputColumn.required;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.transforms.deadletter.DeadLetter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowParserTest {

  private static final int DAY = 1;
  private static final int AT = 2;
  private static final int COUNT = 3;
  private static final int PRICE = 4;
  private static final int NOTE = 5;

  /** A schema of every type, with a check that a price must be positive. */
  private static final InputSchema SCHEMA = InputSchema.of(
      row -> row.number(PRICE) > 0 ? null : row.reject("non_positive_price", "price must be > 0"),
      required("id", TEXT, "ticker"),
      required("day", DATE, "date"),
      optional("at", TIMESTAMP),
      optional("count", LONG),
      required("price", DOUBLE, "px"),
      optional("note", DOUBLE));

  private static TextRow row(String... fields) {
    return new TextRow("s3://b/in.csv", 12, fields);
  }

  @Test
  void slotsFollowTheSchemaOrderByKind() {
    assertEquals(0, SCHEMA.slot(DAY));
    assertEquals(1, SCHEMA.slot(AT));
    assertEquals(2, SCHEMA.slot(COUNT));
    assertEquals(0, SCHEMA.slot(PRICE));
    assertEquals(1, SCHEMA.slot(NOTE));
    assertEquals(3, SCHEMA.wholeSlots());
    assertEquals(2, SCHEMA.numberSlots());
  }

  @Test
  void aliasesAndCaseAndOrderOfTheHeaderDoNotMatter() {
    assertArrayEquals(new int[] {3, 0, InputSchema.ABSENT, InputSchema.ABSENT, 1, InputSchema.ABSENT},
        SCHEMA.resolve("f.csv", List.of(" Date ", "PX", "other", "Ticker")));
    assertArrayEquals(new int[] {0, 1, InputSchema.ABSENT, InputSchema.ABSENT, 2, InputSchema.ABSENT},
        SCHEMA.resolve("f.csv", List.of("id", "day", "price", "ticker")), "the name wins over an alias");
  }

  @Test
  void aMissingRequiredColumnIsAnErrorNamingTheFileAndEveryMissingColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RowParser(SCHEMA, "s3://b/in.csv", List.of("date", "note")));
    assertEquals("s3://b/in.csv lacks the column(s) id (or ticker), price (or px); its header is [date, note]",
        e.getMessage());
  }

  @Test
  void parsesEveryTypeAndLeavesAbsentOptionalColumnsEmpty() {
    RowParser parser = new RowParser(SCHEMA, "s3://b/in.csv", List.of("id", "day", "at", "count", "price"));
    assertNull(parser.parse(row(" AAPL ", "2020-02-29", "2020-02-29 09:31", "12.0", "1e2"), null));
    assertEquals("AAPL", parser.key());
    assertEquals(LocalDate.of(2020, 2, 29).toEpochDay(), parser.whole(DAY));
    assertEquals(LocalDateTime.of(2020, 2, 29, 9, 31).toEpochSecond(ZoneOffset.UTC), parser.whole(AT));
    assertEquals(12, parser.whole(COUNT));
    assertEquals(100.0, parser.number(PRICE));
    assertTrue(Double.isNaN(parser.number(NOTE)));
    assertFalse(parser.has(NOTE));

    assertNull(parser.parse(row("AAPL", "2020-03-01", "", "", "5"), null));
    assertEquals(InputSchema.NO_WHOLE, parser.whole(AT), "an empty optional cell is reset, not kept from the last row");
    assertEquals(InputSchema.NO_WHOLE, parser.whole(COUNT));
  }

  @Test
  void aBadRowGivesItsFirstProblemWithSourceLineAndPayload() {
    RowParser parser = new RowParser(SCHEMA, "s3://b/in.csv", List.of("id", "day", "at", "count", "price"));
    assertEquals(new DeadLetter("s3://b/in.csv", 12, "validate", "missing_id", "id is missing", ",2020-01-01,,,1"),
        parser.parse(row("", "2020-01-01", "", "", "1"), null));
    assertEquals("missing_day", parser.parse(row("A", " ", "", "", "x"), null).reason());
    assertEquals("unparseable_date", parser.parse(row("A", "2020-02-30", "", "", "1"), null).reason());
    assertEquals("unparseable_timestamp", parser.parse(row("A", "2020-01-01", "9:30", "", "1"), null).reason());
    DeadLetter count = parser.parse(row("A", "2020-01-01", "", "1.5", "1"), null);
    assertEquals("unparseable_number", count.reason());
    assertEquals("count is not a number: 1.5", count.detail());
    assertEquals("price is not a number: abc", parser.parse(row("A", "2020-01-01", "", "", " abc"), null).detail());
    assertEquals("non_positive_price", parser.parse(row("A", "2020-01-01", "", "", "-1"), null).reason());
    DeadLetter malformed = parser.parse(row("A"), "has 1 fields, the header has 5");
    assertEquals("malformed_row", malformed.reason());
    assertEquals("the row has 1 fields, the header has 5", malformed.detail());
  }

  @Test
  void aRowGoesIntoItsChunkColumnByColumn() {
    RowParser parser = new RowParser(SCHEMA, "in.csv", List.of("id", "day", "price", "note"));
    RowChunk.Builder builder = new RowChunk.Builder("A", List.of("in.csv"), SCHEMA.wholeSlots(), SCHEMA.numberSlots());
    for (int i = 0; i < 40; i++) { // past the builder's first capacity
      assertNull(parser.parse(row("A", LocalDate.of(2020, 1, 1).plusDays(i).toString(), Integer.toString(i + 1),
          ""), null));
      parser.appendTo(builder, 0);
    }
    RowChunk chunk = builder.build();
    assertEquals(40, chunk.size());
    assertEquals(LocalDate.of(2020, 1, 1).plusDays(39).toEpochDay(), chunk.wholes()[SCHEMA.slot(DAY)][39]);
    assertEquals(40.0, chunk.numbers()[SCHEMA.slot(PRICE)][39]);
    assertTrue(Double.isNaN(chunk.numbers()[SCHEMA.slot(NOTE)][0]));
    assertEquals(12, chunk.line()[0]);
  }

  @Test
  void aCheckedOnlyColumnIsCheckedButNotCarriedInTheChunk() {
    InputSchema schema = InputSchema.of(row -> Double.isFinite(row.number(1)) || !row.has(1) ? null
            : row.reject("non_finite_ret", "ret is " + row.number(1)),
        required("id", TEXT), InputColumn.checkedOnly("ret", DOUBLE), required("price", DOUBLE));
    assertEquals(-1, schema.slot(1));
    assertEquals(0, schema.slot(2));
    assertEquals(1, schema.numberSlots());
    RowParser parser = new RowParser(schema, "in.csv", List.of("id", "price", "ret"));
    assertEquals("non_finite_ret", parser.parse(row("A", "1", "NaN"), null).reason());
    assertNull(parser.parse(row("A", "2.5", "0.01"), null));
    assertEquals(0.01, parser.number(1));
    RowChunk.Builder builder = new RowChunk.Builder("A", List.of("in.csv"), schema.wholeSlots(), schema.numberSlots());
    parser.appendTo(builder, 0);
    RowChunk chunk = builder.build();
    assertEquals(1, chunk.numbers().length);
    assertEquals(2.5, chunk.numbers()[0][0]);
  }

  @Test
  void onlyTheKeyMayBeText() {
    assertThrows(IllegalArgumentException.class, () -> InputSchema.of(null, required("d", DATE)));
    assertThrows(IllegalArgumentException.class, () -> InputSchema.of(null, required("k", TEXT), required("t", TEXT)));
  }
}
