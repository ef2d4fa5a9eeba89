package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  @Test
  void rowsThatAddUpReadAsASum() {
    RowBalance balance = RowBalance.of(2_000).part(1_990, "used").part(10, "rejected");
    assertTrue(balance.balanced());
    assertEquals("2,000 = 1,990 used + 10 rejected", balance.text());
  }

  @Test
  void rowsThatDoNotAddUpAreFlagged() {
    RowBalance balance = RowBalance.of(5).part(3, "used").part(1, "rejected").part(0, "in short histories");
    assertFalse(balance.balanced());
    assertEquals("5 = 3 used + 1 rejected + 0 in short histories  (MISMATCH)", balance.text());
  }

  @Test
  void theSummaryPrintsItsFactsInOrderUnderItsHeadline() {
    RunSummary summary = new RunSummary("merton", "naive, DirectRunner, DONE", 7)
        .fact("input", "sample")
        .fact("rows in", "3 = 3 used");
    assertEquals(List.of("input", "rows in"), List.copyOf(summary.facts().keySet()));
    assertEquals(Map.of("input", "sample", "rows in", "3 = 3 used"), summary.facts());
    String n = System.lineSeparator();
    assertEquals(n + "merton  naive, DirectRunner, DONE" + n + "  input   sample" + n + "  rows in 3 = 3 used" + n,
        summary.text());
  }
}
