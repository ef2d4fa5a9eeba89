package io.quantbeam.transforms.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import io.quantbeam.transforms.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

class AssembleBarSeriesTest {

  private static final long T0 = 1_704_100_500L; // 2024-01-01T09:15:00 as local seconds

  /** Bars at minute offsets with close prices, at lines 2, 3, … of {@code file}. */
  private static RowChunk chunk(String symbol, String file, double[][] bars) {
    RowChunk.Builder builder = new RowChunk.Builder(symbol, List.of(file), BarInput.SCHEMA.wholeSlots(),
        BarInput.SCHEMA.numberSlots());
    for (int i = 0; i < bars.length; i++) {
      double close = bars[i][1];
      builder.add(0, i + 2, new long[] {T0 + 60L * (long) bars[i][0]},
          new double[] {close, close + 1, close - 1, close, 100});
    }
    return builder.build();
  }

  @Test
  void joinsChunksInTimeOrderAndRejectsLaterDuplicates() throws Throwable {
    TestPipelines.run(getClass(), "duplicates", p -> {
      RowChunk a = chunk("TCS", "b.csv", new double[][] {{2, 12}, {0, 10}});
      RowChunk b = chunk("TCS", "a.csv", new double[][] {{1, 11}, {2, 99}});
      RowChunk c = chunk("INFY", "a.csv", new double[][] {{5, 50}});
      PCollectionTuple out = p
          .apply(Create.of(a, b, c).withCoder(RowChunkCoder.of()))
          .apply(new AssembleBarSeries());
      PAssert.that(out.get(AssembleBarSeries.SERIES)).satisfies(series -> {
        List<BarSeries> list = new ArrayList<>();
        series.forEach(list::add);
        list.sort((x, y) -> x.symbol().compareTo(y.symbol()));
        assertEquals(2, list.size());
        BarSeries tcs = list.get(1);
        assertEquals(3, tcs.size());
        assertArrayEquals(new long[] {T0, T0 + 60, T0 + 120}, new long[] {tcs.localSeconds(0), tcs.localSeconds(1), tcs.localSeconds(2)});
        // minute 2 is in b.csv line 2 and a.csv line 3: a.csv sorts first, so close 99 is kept
        assertArrayEquals(new double[] {10, 11, 99}, new double[] {tcs.close(0), tcs.close(1), tcs.close(2)});
        return null;
      });
      PAssert.that(out.get(AssembleBarSeries.REJECTED)).satisfies(rejected -> {
        List<DeadLetter> list = new ArrayList<>();
        rejected.forEach(list::add);
        assertEquals(1, list.size());
        DeadLetter d = list.get(0);
        assertEquals("duplicate_timestamp", d.reason());
        assertEquals("b.csv", d.source());
        assertEquals(2, d.line());
        assertTrue(d.detail().contains("a.csv:3"), d.detail());
        assertTrue(d.payload().contains("timestamp=2024-01-01T09:17:00") && d.payload().contains("close=12.0"), d.payload());
        return null;
      });
      p.run();
    });
  }
}
