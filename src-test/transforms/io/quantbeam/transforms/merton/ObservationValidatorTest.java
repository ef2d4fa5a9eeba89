package io.quantbeam.transforms.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.transforms.rows.InputRow;
import io.quantbeam.transforms.rows.IsoDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationValidatorTest {

  private static final List<String> HEADER = List.of("firm_id", "date", "equity_value", "face_value_debt", "risk_free_rate", "ret");
  private final ObservationValidator validator = new ObservationValidator(MertonInputColumns.resolve("test.csv", HEADER));

  /** A row of plain strings, parsed as the CSV reader would. */
  private record Row(String... fields) implements InputRow {
    @Override public String source() { return "test.csv"; }
    @Override public long line() { return 7; }
    @Override public String payload() { return String.join(",", fields); }
    @Override public boolean isEmpty(int c) { return c < 0 || c >= fields.length || fields[c].isBlank(); }
    @Override public String text(int c) { return fields[c]; }
    @Override public double number(int c) { return Double.parseDouble(fields[c]); }
    @Override public long epochDay(int c) { return IsoDates.toEpochDay(fields[c]); }
  }

  private Rejection validate(String... fields) {
    return validator.appendTo(new Row(fields), 0, new FirmChunk.Builder("F1", List.of("test.csv")));
  }

  @Test
  void acceptsAGoodRowAndKeepsItsValues() {
    FirmChunk.Builder builder = new FirmChunk.Builder("F1", List.of("test.csv"));
    assertNull(validator.appendTo(new Row("F1", "2020-01-31", "100.5", "50", "0.02", "0.01"), 0, builder));
    FirmChunk chunk = builder.build();
    assertEquals(1, chunk.size());
    assertEquals(LocalDate.of(2020, 1, 31).toEpochDay(), chunk.epochDay()[0]);
    assertEquals(100.5, chunk.equityValue()[0]);
    assertEquals(50, chunk.faceValueDebt()[0]);
    assertEquals(0.02, chunk.riskFreeRate()[0]);
    assertEquals(7, chunk.line()[0]);
  }

  @Test
  void anEmptyRateIsLeftForTheRatesFile() {
    FirmChunk.Builder builder = new FirmChunk.Builder("F1", List.of("test.csv"));
    assertNull(validator.appendTo(new Row("F1", "2020-01-31", "100", "50", "", ""), 0, builder));
    assertTrue(Double.isNaN(builder.build().riskFreeRate()[0]));
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
    MertonInputColumns columns = MertonInputColumns.resolve("f.csv",
        List.of("PERMNO", "date", "mkt_val", "face_value_debt", "DGS1", "RET"));
    assertEquals(0, columns.firmId());
    assertEquals(2, columns.equityValue());
    assertEquals(4, columns.riskFreeRate());
    assertEquals(5, columns.ret());
  }

  @Test
  void aHeaderWithoutRequiredColumnsIsAnErrorNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MertonInputColumns.resolve("bad.csv", List.of("firm", "date", "equity_value")));
    assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("firm_id"), e.getMessage());
    assertTrue(e.getMessage().contains("face_value_debt"), e.getMessage());
  }
}
