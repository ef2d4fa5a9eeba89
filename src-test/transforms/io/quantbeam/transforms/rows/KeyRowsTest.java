package io.quantbeam.transforms.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.transforms.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

class KeyRowsTest {

  /** A chunk of key K from {@code source}: rows (ordering value, value) at lines 2, 3, … */
  private static RowChunk chunk(String source, long[] order, double[] values) {
    RowChunk.Builder builder = new RowChunk.Builder("K", List.of(source), 1, 1);
    for (int i = 0; i < order.length; i++) {
      builder.add(0, i + 2, new long[] {order[i]}, new double[] {values[i]});
    }
    return builder.build();
  }

  /** What firstRowWins reports, as text: "keep value" or "dup value of value". */
  private static List<String> visit(List<RowChunk> chunks) {
    KeyRows rows = new KeyRows(chunks, 0);
    List<String> events = new ArrayList<>();
    rows.firstRowWins(new KeyRows.Visitor() {
      @Override
      public void duplicate(int row, int kept) {
        events.add("dup " + rows.number(0, row) + " of " + rows.location(kept));
      }

      @Override
      public void keep(int row) {
        events.add("keep " + rows.orderValue(row) + "=" + rows.number(0, row));
      }
    });
    return events;
  }

  @Test
  void sortsByTheOrderingColumnAndKeepsTheFirstRowBySourceThenLine() {
    RowChunk b = chunk("b.csv", new long[] {5, 1, 5}, new double[] {50, 10, 51});
    RowChunk a = chunk("a.csv", new long[] {3, 5}, new double[] {30, 52});
    List<String> expected = List.of("keep 1=10.0", "keep 3=30.0", "dup 50.0 of a.csv:3", "dup 51.0 of a.csv:3",
        "keep 5=52.0");
    assertEquals(expected, visit(List.of(b, a)));
    assertEquals(expected, visit(List.of(a, b)), "chunk order does not matter");
  }

  @Test
  void withinOneSourceTheEarlierLineWins() {
    assertEquals(List.of("dup 2.0 of f.csv:2", "keep 7=1.0"),
        visit(List.of(chunk("f.csv", new long[] {7, 7}, new double[] {1, 2}))));
  }

  @Test
  void orderingValuesSpanningTwoToTheThirtyOneOrMoreSortCorrectly() {
    long far = 1L << 40;
    RowChunk wide = chunk("w.csv", new long[] {far, Long.MIN_VALUE + 1, 0, far, -far, Long.MAX_VALUE},
        new double[] {1, 2, 3, 4, 5, 6});
    assertEquals(List.of("keep " + (Long.MIN_VALUE + 1) + "=2.0", "keep " + (-far) + "=5.0", "keep 0=3.0",
        "dup 4.0 of w.csv:2", "keep " + far + "=1.0", "keep " + Long.MAX_VALUE + "=6.0"), visit(List.of(wide)));
    RowChunk justWide = chunk("j.csv", new long[] {1L << 31, 0, 1}, new double[] {1, 2, 3});
    assertEquals(List.of("keep 0=2.0", "keep 1=3.0", "keep " + (1L << 31) + "=1.0"), visit(List.of(justWide)));
  }

  @Test
  void noRowsVisitsNothing() {
    assertEquals(List.of(), visit(List.of()));
  }

  @Test
  void aChunkSurvivesItsCoder() throws CoderException {
    RowChunk chunk = chunk("s3://b/a.csv", new long[] {3, 1}, new double[] {Double.NaN, 2});
    RowChunk back = CoderUtils.clone(RowChunkCoder.of(), chunk);
    assertEquals(visit(List.of(chunk)), visit(List.of(back)));
    assertEquals(chunk.sources(), back.sources());
  }

  @Test
  void chunksTravelThroughAPipeline() throws Throwable {
    TestPipelines.run(getClass(), "pipeline", p -> {
      PAssert.that(p
              .apply(Create.of(chunk("a.csv", new long[] {2, 1}, new double[] {20, 10})).withCoder(RowChunkCoder.of()))
              .apply(MapElements.into(TypeDescriptors.strings()).via(c -> String.join(";", visit(List.of(c))))))
          .containsInAnyOrder("keep 1=10.0;keep 2=20.0");
      p.run();
    });
  }
}
