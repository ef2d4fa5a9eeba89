package io.quantbeam.transforms.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.stress.BondPosition;
import io.quantbeam.models.stress.EquityPosition;
import io.quantbeam.models.stress.InvalidPositionException;
import io.quantbeam.models.stress.OptionPosition;
import io.quantbeam.models.stress.OptionType;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.TextRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionParserTest {

  private final PositionParser parser = new PositionParser("test.csv", PositionParser.COLUMNS);

  /** A row with the given fields by column name, the others empty. */
  private static TextRow row(String... nameValue) {
    String[] fields = new String[PositionParser.COLUMNS.size()];
    for (int i = 0; i < nameValue.length; i += 2) {
      fields[PositionParser.COLUMNS.indexOf(nameValue[i])] = nameValue[i + 1];
    }
    return new TextRow("test.csv", 7, fields);
  }

  private DeadLetter rejected(TextRow row) {
    PositionParser.Result result = parser.parse(row, null);
    assertNull(result.position(), "expected a rejection");
    assertTrue(result.rejection().detail().contains("X1"), result.rejection().detail());
    assertEquals(7, result.rejection().line());
    return result.rejection();
  }

  @Test
  void parsesEachTypeWithItsFields() {
    EquityPosition equity = (EquityPosition) parser.parse(row("position_id", "E1", "book", "EQ", "type", "equity",
        "currency", "USD", "quantity", "100", "spot", "12.5", "equity", "SPX"), null).position();
    assertEquals(1.0, equity.beta(), 0.0, "empty beta means 1");
    assertEquals(1250, equity.quantity() * equity.spot(), 0.0);
    BondPosition bond = (BondPosition) parser.parse(row("position_id", "B1", "book", "RATES", "type", "BOND",
        "currency", "EUR", "notional", "1e6", "coupon", "0.025", "frequency", "1.0", "maturity_years", "7.25",
        "rating", "NONE"), null).position();
    assertEquals(1, bond.frequency());
    OptionPosition option = (OptionPosition) parser.parse(row("position_id", "O1", "book", "D", "type", "OPTION",
        "currency", "USD", "quantity", "-3", "equity", "SPX", "strike", "5100", "expiry_years", "0.5",
        "call_put", "put"), null).position();
    assertEquals(OptionType.PUT, option.callPut());
  }

  @Test
  void rejectsEveryBadInputClassWithItsReason() {
    assertEquals(PositionParser.UNKNOWN_TYPE, rejected(row("position_id", "X1", "book", "B", "type", "SWAP",
        "currency", "USD")).reason());
    assertEquals(InvalidPositionException.MISSING_FIELD, rejected(row("position_id", "X1", "book", "B", "type", "CASH",
        "currency", "USD")).reason());
    assertEquals(PositionParser.BAD_NUMBER, rejected(row("position_id", "X1", "book", "B", "type", "CASH",
        "currency", "USD", "amount", "12,5")).reason());
    assertEquals(InvalidPositionException.NON_FINITE_NUMBER, rejected(row("position_id", "X1", "book", "B",
        "type", "CASH", "currency", "USD", "amount", "Infinity")).reason());
    assertEquals(InvalidPositionException.NON_POSITIVE_MATURITY, rejected(row("position_id", "X1", "book", "B",
        "type", "BOND", "currency", "USD", "notional", "100", "coupon", "0.01", "frequency", "2",
        "maturity_years", "0", "rating", "AA")).reason());
    assertEquals(InvalidPositionException.BAD_FREQUENCY, rejected(row("position_id", "X1", "book", "B", "type", "BOND",
        "currency", "USD", "notional", "100", "coupon", "0.01", "frequency", "3", "maturity_years", "5",
        "rating", "AA")).reason());
    assertEquals(InvalidPositionException.NON_POSITIVE_EXPIRY, rejected(row("position_id", "X1", "book", "B",
        "type", "OPTION", "currency", "USD", "quantity", "1", "equity", "SPX", "strike", "100", "expiry_years", "-1",
        "call_put", "CALL")).reason());
    assertEquals(InvalidPositionException.NEGATIVE_STRIKE, rejected(row("position_id", "X1", "book", "B",
        "type", "OPTION", "currency", "USD", "quantity", "1", "equity", "SPX", "strike", "-5", "expiry_years", "1",
        "call_put", "CALL")).reason());
    assertEquals(PositionParser.BAD_CALL_PUT, rejected(row("position_id", "X1", "book", "B", "type", "OPTION",
        "currency", "USD", "quantity", "1", "equity", "SPX", "strike", "5", "expiry_years", "1",
        "call_put", "STRADDLE")).reason());
    assertEquals(PositionParser.BAD_BOOK_NAME, rejected(row("position_id", "X1", "book", "pnl", "type", "CASH",
        "currency", "USD", "amount", "1")).reason());
    assertEquals(PositionParser.BAD_BOOK_NAME, rejected(row("position_id", "X1", "book", "FX desk", "type", "CASH",
        "currency", "USD", "amount", "1")).reason());
  }

  @Test
  void aMalformedRowIsRejectedWithTheReadersVerdict() {
    PositionParser.Result result = parser.parse(row("position_id", "X1"), "has 3 fields, the header has 17");
    assertEquals(PositionParser.MALFORMED_ROW, result.rejection().reason());
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PositionParser("p.csv", List.of("position_id", "type", "amount")));
    assertTrue(e.getMessage().contains("book") && e.getMessage().contains("currency"), e.getMessage());
  }
}
