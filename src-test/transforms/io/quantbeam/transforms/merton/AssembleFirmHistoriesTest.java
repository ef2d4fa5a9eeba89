package io.quantbeam.transforms.merton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputSchema;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import io.quantbeam.transforms.testing.TestPipelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

class AssembleFirmHistoriesTest {

  private static final long JAN_1 = LocalDate.of(2020, 1, 1).toEpochDay();

  /** A chunk of one firm from one file: rows (day offset, equity, rate) at lines 2, 3, … */
  private static RowChunk chunk(String firm, String file, double[][] rows) {
    InputSchema schema = MertonInput.SCHEMA;
    RowChunk.Builder builder = new RowChunk.Builder(firm, List.of(file), schema.wholeSlots(), schema.numberSlots());
    long[] wholes = new long[schema.wholeSlots()];
    double[] numbers = new double[schema.numberSlots()];
    for (int i = 0; i < rows.length; i++) {
      wholes[MertonInput.DAY_SLOT] = JAN_1 + (long) rows[i][0];
      numbers[MertonInput.EQUITY_SLOT] = rows[i][1];
      numbers[MertonInput.DEBT_SLOT] = 10;
      numbers[MertonInput.RATE_SLOT] = rows[i][2];
      builder.add(0, i + 2, wholes, numbers);
    }
    return builder.build();
  }

  @Test
  void joinsChunksInDateOrderAndRejectsLaterDuplicates() throws Throwable {
    TestPipelines.run(getClass(), "duplicates", p -> {
      RowChunk a = chunk("F1", "b.csv", new double[][] {{2, 102, 0.01}, {0, 100, 0.01}});
      RowChunk b = chunk("F1", "a.csv", new double[][] {{1, 101, 0.01}, {2, 999, 0.01}});
      RowChunk c = chunk("F2", "a.csv", new double[][] {{5, 50, 0.02}});
      PCollectionTuple out = p
          .apply(Create.of(a, b, c).withCoder(RowChunkCoder.of()))
          .apply(AssembleFirmHistories.withRatesInRows(3));
      PAssert.that(out.get(AssembleFirmHistories.HISTORIES)).satisfies(histories -> {
        List<FirmHistory> list = new ArrayList<>();
        histories.forEach(list::add);
        list.sort((x, y) -> x.firmId().compareTo(y.firmId()));
        assertEquals(2, list.size());
        FirmHistory f1 = list.get(0);
        assertArrayEquals(new long[] {JAN_1, JAN_1 + 1, JAN_1 + 2}, f1.epochDays());
        // day 2 appears in b.csv line 2 and a.csv line 3: a.csv sorts first, so 999 is kept
        assertArrayEquals(new double[] {100, 101, 999}, f1.equityValue());
        assertArrayEquals(new double[] {50}, list.get(1).equityValue());
        return null;
      });
      PAssert.that(out.get(AssembleFirmHistories.REJECTED)).satisfies(rejected -> {
        List<DeadLetter> list = new ArrayList<>();
        rejected.forEach(list::add);
        assertEquals(1, list.size());
        DeadLetter d = list.get(0);
        assertEquals("duplicate_firm_date", d.reason());
        assertEquals("b.csv", d.source());
        assertEquals(2, d.line());
        assertEquals(true, d.detail().contains("a.csv:3"), d.detail());
        assertEquals(true, d.payload().contains("equity_value=102.0"), d.payload());
        return null;
      });
      p.run();
    });
  }

  @Test
  void takesMissingRatesFromTheRatesFileAndRejectsDaysItLacks() throws Throwable {
    TestPipelines.run(getClass(), "rates", p -> {
      var rates = p.apply("Rates", Create.of(Map.of(JAN_1, 0.03, JAN_1 + 1, 0.04))
              .withCoder(KvCoder.of(VarLongCoder.of(), DoubleCoder.of())))
          .apply(View.asMap());
      RowChunk rows = chunk("F1", "a.csv", new double[][] {{0, 100, Double.NaN}, {1, 101, 0.05}, {2, 102, Double.NaN}});
      PCollectionTuple out = p
          .apply(Create.of(rows).withCoder(RowChunkCoder.of()))
          .apply(AssembleFirmHistories.withRatesByDay(1, rates));
      PAssert.that(out.get(AssembleFirmHistories.HISTORIES)).satisfies(histories -> {
        FirmHistory f1 = histories.iterator().next();
        assertArrayEquals(new double[] {0.03, 0.05}, f1.riskFreeRate()); // a rate in the row wins
        assertArrayEquals(new long[] {JAN_1, JAN_1 + 1}, f1.epochDays());
        return null;
      });
      PAssert.that(out.get(AssembleFirmHistories.REJECTED)).satisfies(rejected -> {
        DeadLetter d = rejected.iterator().next();
        assertEquals("missing_risk_free_rate", d.reason());
        assertEquals(4, d.line());
        return null;
      });
      p.run();
    });
  }
}
