package io.quantbeam.transforms.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.transforms.rows.InputRow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarValidatorTest {

  private static final List<String> HEADER = List.of("Ticker", "DateTime", "open", "high", "low", "close", "volume");
  private final BarValidator validator = new BarValidator(BarInputColumns.resolve("bars.csv", HEADER));

  /** A CSV-like row: fields split on commas. */
  private record Row(String text) implements InputRow {
    private String[] fields() {
      return text.split(",", -1);
    }

    @Override
    public String source() {
      return "bars.csv";
    }

    @Override
    public long line() {
      return 7;
    }

    @Override
    public String payload() {
      return text;
    }

    @Override
    public boolean isEmpty(int column) {
      return column < 0 || column >= fields().length || fields()[column].isBlank();
    }

    @Override
    public String text(int column) {
      return fields()[column];
    }

    @Override
    public double number(int column) {
      return Double.parseDouble(fields()[column]);
    }

    @Override
    public long epochDay(int column) {
      throw new UnsupportedOperationException();
    }
  }

  private Rejection check(String text) {
    return validator.appendTo(new Row(text), 0, new BarChunk.Builder("X", List.of("bars.csv")));
  }

  @Test
  void acceptsAGoodBarAndKeepsItsLine() {
    BarChunk.Builder chunk = new BarChunk.Builder("TCS", List.of("bars.csv"));
    assertNull(validator.appendTo(new Row("TCS,2024-01-02 09:15,100,101,99.5,100.5,1200"), 0, chunk));
    BarChunk built = chunk.build();
    assertEquals(BarSeries.toLocalSeconds(LocalDateTime.of(2024, 1, 2, 9, 15)), built.localSeconds()[0]);
    assertEquals(7, built.line()[0]);
    assertEquals(99.5, built.low()[0]);
    assertEquals("TCS", validator.symbol(new Row(" TCS ,2024-01-02T09:15:00,1,1,1,1,1")));
  }

  @Test
  void namesWhatIsWrong() {
    assertEquals("missing_timestamp", check("X,,1,1,1,1,1").reason());
    assertEquals("unparseable_timestamp", check("X,2024-13-02T09:15:00,1,1,1,1,1").reason());
    assertEquals("unparseable_timestamp", check("X,2024-01-02T09:15:00.5,1,1,1,1,1").reason());
    assertEquals("missing_close", check("X,2024-01-02T09:15:00,1,1,1,,1").reason());
    Rejection number = check("X,2024-01-02T09:15:00,1,1,1,1,lots");
    assertEquals("unparseable_number", number.reason());
    assertEquals("volume is not a number: lots", number.detail());
    assertEquals("non_finite_high", check("X,2024-01-02T09:15:00,1,Infinity,1,1,1").reason());
    assertEquals("non_positive_low", check("X,2024-01-02T09:15:00,1,1,0,1,1").reason());
    assertEquals("high_below_low", check("X,2024-01-02T09:15:00,1,1,2,1,1").reason());
    assertEquals("negative_volume", check("X,2024-01-02T09:15:00,1,1,1,1,-5").reason());
  }

  @Test
  void missingColumnsStopTheRunNamingFileAndColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BarInputColumns.resolve("s3://b/bars.csv", List.of("symbol", "timestamp", "close")));
    assertTrue(e.getMessage().startsWith("s3://b/bars.csv lacks the column(s) open, high, low, volume"), e.getMessage());
  }

  @Test
  void symbolFileNamesAreSafeAndDistinct() {
    assertEquals("M_26M", SymbolFiles.fileName("M&M"));
    assertEquals("BRK.B", SymbolFiles.fileName("BRK.B"));
    assertEquals("_2e._2fx", SymbolFiles.fileName("../x"));
    assertEquals("A_5fB", SymbolFiles.fileName("A_B"));
  }
}
