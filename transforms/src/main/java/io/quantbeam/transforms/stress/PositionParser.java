package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.BondPosition;
import io.quantbeam.models.stress.CashPosition;
import io.quantbeam.models.stress.EquityPosition;
import io.quantbeam.models.stress.InvalidPositionException;
import io.quantbeam.models.stress.OptionPosition;
import io.quantbeam.models.stress.OptionType;
import io.quantbeam.models.stress.Position;
import io.quantbeam.models.stress.PositionType;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses portfolio rows (specs/stress.md: position_id, book, type, currency and the fields of the
 * type; a field that does not apply is empty, an empty beta means 1) into positions, or rejects
 * them with a reason code and a message naming the position: {@code malformed_row},
 * {@code unknown_type}, {@code missing_field}, {@code bad_number}, {@code non_finite_number},
 * {@code bad_frequency}, {@code non_positive_maturity}, {@code non_positive_expiry},
 * {@code negative_strike}, {@code bad_call_put}, {@code bad_book_name}.
 *
 * <p>Book names become P&amp;L column names, so they are restricted to letters, digits, '_', '.' and
 * '-' (not starting with '.' or '-'), and may not be {@code scenario_id} or {@code pnl}.
 */
public final class PositionParser {

  public static final String STEP = "parse_position";
  public static final List<String> COLUMNS = List.of("position_id", "book", "type", "currency", "quantity", "spot",
      "equity", "beta", "notional", "coupon", "frequency", "maturity_years", "rating", "strike", "expiry_years",
      "call_put", "amount");
  public static final List<String> REQUIRED_COLUMNS = List.of("position_id", "book", "type", "currency");
  /** The P&amp;L output's own columns, which no book may be named. */
  public static final List<String> RESERVED_BOOK_NAMES = List.of("scenario_id", "pnl");

  public static final String MALFORMED_ROW = "malformed_row";
  public static final String UNKNOWN_TYPE = "unknown_type";
  public static final String BAD_NUMBER = "bad_number";
  public static final String BAD_CALL_PUT = "bad_call_put";
  public static final String BAD_BOOK_NAME = "bad_book_name";

  private static final Pattern BOOK_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private final int[] column = new int[COLUMNS.size()];

  /** @throws IllegalArgumentException naming the file when the header lacks a required column */
  public PositionParser(String source, List<String> header) {
    List<String> missing = new ArrayList<>();
    for (int f = 0; f < COLUMNS.size(); f++) {
      column[f] = header.indexOf(COLUMNS.get(f));
      if (column[f] < 0 && REQUIRED_COLUMNS.contains(COLUMNS.get(f))) {
        missing.add(COLUMNS.get(f));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + ": the portfolio header lacks column(s) " + String.join(", ", missing)
          + " (expected " + String.join(",", COLUMNS) + ")");
    }
  }

  /** The outcome of one row: exactly one of {@code position} and {@code rejection} is set. */
  public record Result(Position position, DeadLetter rejection) {}

  public Result parse(InputRow row, String malformation) {
    String id = row.isEmpty(column[0]) ? "(no id, line " + row.line() + ")" : row.text(column[0]).trim();
    try {
      if (malformation != null) {
        throw new InvalidPositionException(id, MALFORMED_ROW, "row " + malformation);
      }
      return new Result(position(new Fields(row, id)), null);
    } catch (InvalidPositionException e) {
      return new Result(null, new DeadLetter(row.source(), row.line(), STEP, e.reason(), e.getMessage(), row.payload()));
    }
  }

  private Position position(Fields f) {
    String typeText = f.text("type");
    PositionType type;
    try {
      type = PositionType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidPositionException(f.id, UNKNOWN_TYPE, "unknown type '" + typeText
          + "' (expected EQUITY, BOND, OPTION or CASH)");
    }
    String book = f.text("book");
    if (!BOOK_NAME.matcher(book).matches() || RESERVED_BOOK_NAMES.contains(book)) {
      throw new InvalidPositionException(f.id, BAD_BOOK_NAME, "book '" + book + "' is not usable as a column name "
          + "(letters, digits, _ . - only; not scenario_id or pnl)");
    }
    String ccy = f.text("currency");
    return switch (type) {
      case EQUITY -> new EquityPosition(f.id, book, ccy, f.number("quantity"), f.number("spot"), f.text("equity"),
          f.isEmpty("beta") ? 1 : f.number("beta"));
      case BOND -> new BondPosition(f.id, book, ccy, f.number("notional"), f.number("coupon"), f.frequency(),
          f.number("maturity_years"), f.text("rating"));
      case OPTION -> new OptionPosition(f.id, book, ccy, f.number("quantity"), f.text("equity"), f.number("strike"),
          f.number("expiry_years"), f.callPut());
      case CASH -> new CashPosition(f.id, book, ccy, f.number("amount"));
    };
  }

  /** Typed access to one row's fields; every failure names the position and the field. */
  private final class Fields {
    private final InputRow row;
    private final String id;

    Fields(InputRow row, String id) {
      this.row = row;
      this.id = id;
    }

    boolean isEmpty(String name) {
      int c = column[COLUMNS.indexOf(name)];
      return c < 0 || row.isEmpty(c);
    }

    String text(String name) {
      if (isEmpty(name)) {
        throw new InvalidPositionException(id, InvalidPositionException.MISSING_FIELD, name + " is missing");
      }
      return row.text(column[COLUMNS.indexOf(name)]).trim();
    }

    double number(String name) {
      String text = text(name);
      double value;
      try {
        value = row.number(column[COLUMNS.indexOf(name)]);
      } catch (NumberFormatException e) {
        throw new InvalidPositionException(id, BAD_NUMBER, name + " is not a number: '" + text + "'");
      }
      if (!Double.isFinite(value)) {
        throw new InvalidPositionException(id, InvalidPositionException.NON_FINITE_NUMBER,
            name + " is not a finite number: " + text);
      }
      return value;
    }

    int frequency() {
      double f = number("frequency");
      if (f != Math.rint(f) || Math.abs(f) > 1000) {
        throw new InvalidPositionException(id, InvalidPositionException.BAD_FREQUENCY,
            "frequency must be 1, 2, 4 or 12, got " + text("frequency"));
      }
      return (int) f;
    }

    OptionType callPut() {
      String text = text("call_put");
      try {
        return OptionType.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidPositionException(id, BAD_CALL_PUT, "call_put must be CALL or PUT, got '" + text + "'");
      }
    }
  }
}
