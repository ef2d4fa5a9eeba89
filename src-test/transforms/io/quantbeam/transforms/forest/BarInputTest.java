package io.quantbeam.transforms.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowParser;
import io.quantbeam.transforms.rows.TextRow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarInputTest {

  private static final List<String> HEADER = List.of("Ticker", "DateTime", "open", "high", "low", "close", "volume");
  private final RowParser parser = new RowParser(BarInput.SCHEMA, "bars.csv", HEADER);

  private DeadLetter check(String text) {
    return parser.parse(new TextRow("bars.csv", 7, text.split(",", -1)), null);
  }

  @Test
  void acceptsAGoodBarAndKeepsItsLine() {
    assertNull(check("TCS,2024-01-02 09:15,100,101,99.5,100.5,1200"));
    RowChunk.Builder chunk = new RowChunk.Builder(parser.key(), List.of("bars.csv"), BarInput.SCHEMA.wholeSlots(),
        BarInput.SCHEMA.numberSlots());
    parser.appendTo(chunk, 0);
    RowChunk built = chunk.build();
    assertEquals(BarSeries.toLocalSeconds(LocalDateTime.of(2024, 1, 2, 9, 15)), built.wholes()[BarInput.TIMESTAMP_SLOT][0]);
    assertEquals(7, built.line()[0]);
    assertEquals(99.5, built.numbers()[BarInput.SCHEMA.slot(BarInput.LOW)][0]);
    assertNull(check(" TCS ,2024-01-02T09:15:00,1,1,1,1,1"));
    assertEquals("TCS", parser.key());
  }

  @Test
  void namesWhatIsWrong() {
    assertEquals("missing_symbol", check(" ,2024-01-02T09:15:00,1,1,1,1,1").reason());
    assertEquals("missing_timestamp", check("X,,1,1,1,1,1").reason());
    assertEquals("unparseable_timestamp", check("X,2024-13-02T09:15:00,1,1,1,1,1").reason());
    assertEquals("unparseable_timestamp", check("X,2024-01-02T09:15:00.5,1,1,1,1,1").reason());
    assertEquals("missing_close", check("X,2024-01-02T09:15:00,1,1,1,,1").reason());
    DeadLetter number = check("X,2024-01-02T09:15:00,1,1,1,1,lots");
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
        () -> BarInput.SCHEMA.resolve("s3://b/bars.csv", List.of("symbol", "timestamp", "close")));
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
