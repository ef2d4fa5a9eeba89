package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTabularReaderTest {

  private static CsvTabularReader reader(String text) throws IOException {
    return new CsvTabularReader("mem.csv",
        Channels.newChannel(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void readsHeaderFieldsQuotesAndLineNumbers() throws IOException {
    try (CsvTabularReader r = reader("\uFEFFa, b ,c\n1,\"x, \"\"y\"\"\",2020-01-02\n\n3,,\n")) {
      assertEquals(List.of("a", "b", "c"), r.header());
      assertTrue(r.next());
      assertNull(r.malformation());
      assertEquals(2, r.row().line());
      assertEquals(1.0, r.row().number(0));
      assertEquals("x, \"y\"", r.row().text(1));
      assertEquals(java.time.LocalDate.of(2020, 1, 2).toEpochDay(), r.row().epochDay(2));
      assertTrue(r.next());
      assertEquals(4, r.row().line(), "blank lines are skipped but counted");
      assertFalse(r.row().isEmpty(0));
      assertTrue(r.row().isEmpty(1));
      assertTrue(r.row().isEmpty(2), "a trailing empty field is a field");
      assertNull(r.malformation());
      assertFalse(r.next());
    }
  }

  @Test
  void everySpellingOfANonFiniteValueReadsTheSame() throws IOException {
    try (CsvTabularReader r = reader("x\ninf\n-Infinity\n +INF\nNaN\nnan\ninfinite\n")) {
      double[] expected = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN,
          Double.NaN};
      for (double value : expected) {
        assertTrue(r.next());
        assertEquals(value, r.row().number(0));
      }
      assertTrue(r.next());
      assertThrows(NumberFormatException.class, () -> r.row().number(0), "not a spelling of infinity");
    }
  }

    @Test
  void flagsRowsOfTheWrongShapeWithoutStopping() throws IOException {
    try (CsvTabularReader r = reader("a,b\n1\n1,2,3\n\"open,2\n5,6\n")) {
      assertTrue(r.next());
      assertEquals("has 1 fields, the header has 2", r.malformation());
      assertTrue(r.next());
      assertEquals("has 3 fields, the header has 2", r.malformation());
      assertTrue(r.next());
      assertEquals("has an unterminated quoted field", r.malformation());
      assertEquals("\"open,2", r.row().payload());
      assertTrue(r.next());
      assertNull(r.malformation());
      assertEquals(6.0, r.row().number(1));
    }
  }

  @Test
  void anEmptyFileIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader(""));
    assertTrue(e.getMessage().contains("mem.csv"));
  }
}
