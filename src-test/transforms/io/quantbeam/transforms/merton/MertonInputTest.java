package io.quantbeam.transforms.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowParser;
import io.quantbeam.transforms.rows.TextRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MertonInputTest {

  private static final List<String> HEADER = List.of("firm_id", "date", "equity_value", "face_value_debt", "risk_free_rate", "ret");
  private final RowParser parser = new RowParser(MertonInput.SCHEMA, "test.csv", HEADER);

  private static TextRow row(String... fields) {
    return new TextRow("test.csv", 7, fields);
  }

  private DeadLetter validate(String... fields) {
    return parser.parse(row(fields), null);
  }

  /** Parses a good row into a one-row chunk. */
  private RowChunk chunkOf(String... fields) {
    assertNull(validate(fields));
    RowChunk.Builder builder = new RowChunk.Builder(parser.key(), List.of("test.csv"),
        MertonInput.SCHEMA.wholeSlots(), MertonInput.SCHEMA.numberSlots());
    parser.appendTo(builder, 0);
    return builder.build();
  }

  @Test
  void acceptsAGoodRowAndKeepsItsValues() {
    RowChunk chunk = chunkOf("F1", "2020-01-31", "100.5", "50", "0.02", "0.01");
    assertEquals(1, chunk.size());
    assertEquals("F1", chunk.key());
    assertEquals(LocalDate.of(2020, 1, 31).toEpochDay(), chunk.wholes()[MertonInput.DAY_SLOT][0]);
    assertEquals(100.5, chunk.numbers()[MertonInput.EQUITY_SLOT][0]);
    assertEquals(50, chunk.numbers()[MertonInput.DEBT_SLOT][0]);
    assertEquals(0.02, chunk.numbers()[MertonInput.RATE_SLOT][0]);
    assertEquals(7, chunk.line()[0]);
  }

  @Test
  void anEmptyRateIsLeftForTheRatesFile() {
    assertTrue(Double.isNaN(chunkOf("F1", "2020-01-31", "100", "50", "", "").numbers()[MertonInput.RATE_SLOT][0]));
  }

  @Test
  void aRejectionKeepsSourceLineStepAndPayload() {
    DeadLetter d = validate("F1", "2020-01-31", "1O0", "50", "0.02", "");
    assertEquals(new DeadLetter("test.csv", 7, "validate", "unparseable_number", "equity_value is not a number: 1O0",
        "F1,2020-01-31,1O0,50,0.02,"), d);
    assertEquals("missing_firm_id", validate(" ", "2020-01-31", "100", "50", "0.02", "").reason());
    assertEquals("malformed_row", parser.parse(row("F1"), "has 1 fields, the header has 6").reason());
  }

  @Test
  void zeroDebtIsAnUnleveredFirmNotAnError() {
    assertNull(validate("F1", "2020-01-31", "100", "0", "0.02", ""));
  }

  @Test
  void rejectsEachBadFieldWithItsOwnReason() {
    assertEquals("unparseable_date", validate("F1", "2020-02-30", "100", "50", "0.02", "").reason());
    assertEquals("unparseable_date", validate("F1", "31/01/2020", "100", "50", "0.02", "").reason());
    assertEquals("missing_date", validate("F1", "", "100", "50", "0.02", "").reason());
    assertEquals("missing_equity_value", validate("F1", "2020-01-31", "", "50", "0.02", "").reason());
    assertEquals("missing_face_value_debt", validate("F1", "2020-01-31", "100", " ", "0.02", "").reason());
    assertEquals("unparseable_number", validate("F1", "2020-01-31", "1O0", "50", "0.02", "").reason());
    assertEquals("non_positive_equity_value", validate("F1", "2020-01-31", "0", "50", "0.02", "").reason());
    assertEquals("non_positive_equity_value", validate("F1", "2020-01-31", "-3", "50", "0.02", "").reason());
    assertEquals("non_finite_equity_value", validate("F1", "2020-01-31", "NaN", "50", "0.02", "").reason());
    assertEquals("non_finite_equity_value", validate("F1", "2020-01-31", "Infinity", "50", "0.02", "").reason());
    assertEquals("negative_face_value_debt", validate("F1", "2020-01-31", "100", "-1", "0.02", "").reason());
    assertEquals("non_finite_face_value_debt", validate("F1", "2020-01-31", "100", "NaN", "0.02", "").reason());
    assertEquals("non_finite_risk_free_rate", validate("F1", "2020-01-31", "100", "50", "Infinity", "").reason());
    assertEquals("non_finite_ret", validate("F1", "2020-01-31", "100", "50", "0.02", "NaN").reason());
    assertEquals("risk_free_rate_out_of_range", validate("F1", "2020-01-31", "100", "50", "-1", "").reason());
    assertNull(validate("F1", "2020-01-31", "100", "50", "-0.005", ""), "negative yields above -100 % are fine");
  }

  @Test
  void resolvesTheStudysColumnNames() {
    int[] columns = MertonInput.SCHEMA.resolve("f.csv", List.of("PERMNO", "date", "mkt_val", "face_value_debt", "DGS1", "RET"));
    assertEquals(0, columns[0]);
    assertEquals(2, columns[MertonInput.EQUITY_VALUE]);
    assertEquals(4, columns[MertonInput.RISK_FREE_RATE]);
    assertEquals(5, columns[MertonInput.RET]);
  }

  @Test
  void aHeaderWithoutRequiredColumnsIsAnErrorNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MertonInput.SCHEMA.resolve("bad.csv", List.of("firm", "date", "equity_value")));
    assertTrue(e.getMessage().startsWith("bad.csv lacks the column(s) firm_id (or permno, gvkey), face_value_debt;"),
        e.getMessage());
  }
}
