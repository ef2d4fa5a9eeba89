package io.quantbeam.transforms.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.ShockRules;
import io.quantbeam.transforms.rows.TextRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRowParserTest {

  private static final ScenarioLayout LAYOUT = new ScenarioLayout(List.of("EQUITY_SPX", "FX_EUR", "RATE_USD_10Y"));
  // The file lacks FX_EUR and has its columns in another order.
  private final ScenarioRowParser parser = new ScenarioRowParser("s.csv",
      List.of("RATE_USD_10Y", "scenario_id", "EQUITY_SPX"), LAYOUT);

  private String reason(String... fields) {
    return parser.parse(new TextRow("test.csv", 3, fields), null).rejection().reason();
  }

  @Test
  void alignsColumnsToTheLayoutWithAbsentAndEmptyMeaningNotShocked() {
    ScenarioRow row = parser.parse(new TextRow("test.csv", 2, "0.001", "17", "-0.05"), null).row();
    assertEquals(17, row.scenarioId());
    assertArrayEquals(new double[] {-0.05, 0, 0.001}, row.shocks(), 0.0);
    ScenarioRow empty = parser.parse(new TextRow("test.csv", 2, "", "18", " "), null).row();
    assertArrayEquals(new double[] {0, 0, 0}, empty.shocks(), 0.0);
  }

  @Test
  void rejectsBadRowsWithTheirReasons() {
    assertEquals(ScenarioRowParser.UNPARSEABLE_SHOCK, reason("abc", "1", "0"));
    assertEquals(ShockRules.NON_FINITE, reason("NaN", "1", "0"));
    assertEquals(ShockRules.RELATIVE_AT_OR_BELOW_MINUS_ONE, reason("0.01", "1", "-1"));
    assertEquals(ScenarioRowParser.BAD_SCENARIO_ID, reason("0.01", "1.5", "0"));
    assertEquals(ScenarioRowParser.BAD_SCENARIO_ID, reason("0.01", "", "0"));
    assertEquals(ScenarioRowParser.MALFORMED_ROW, parser.parse(new TextRow("test.csv", 3, "0"), "has 1 fields").rejection().reason());
  }

  @Test
  void aFileWithoutScenarioIdOrWithAForeignFactorIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new ScenarioRowParser("s.csv", List.of("EQUITY_SPX"), LAYOUT));
    assertThrows(IllegalArgumentException.class,
        () -> new ScenarioRowParser("s.csv", List.of("scenario_id", "EQUITY_DAX"), LAYOUT));
  }
}
