package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.prepare.CrspColumns;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.InputRow;
import java.util.List;
import java.util.function.Function;

/**
 * The CRSP daily stock file (dsf): PERMNO, date, PRC, SHROUT, RET. PRC is in dollars; a negative
 * PRC is the bid/ask midpoint on a day without a trade, and its absolute value is used; PRC empty
 * or 0 (no price at all) rejects the row. SHROUT is in thousands of shares. RET is a decimal; its
 * missing-value codes (letters such as C or B, or -66 … -99) become null.
 */
public final class CrspDailyFile implements RawRowParser.Kind {

  private static final long serialVersionUID = 1L;

  @Override
  public RowChunk.Builder builder(String permno, List<String> sources) {
    return CrspColumns.builder(permno, sources);
  }

  @Override
  public RawRowParser open(String source, List<String> header) {
    Columns columns = new Columns(source, header);
    int permno = columns.required("PERMNO");
    int date = columns.required("date", "DATE");
    int price = columns.required("PRC");
    int shares = columns.required("SHROUT");
    int ret = columns.optional("RET");
    columns.check("CRSP daily stock (PERMNO, date, PRC, SHROUT, RET)");
    return new Parser(permno, date, price, shares, ret);
  }

  private record Parser(int permno, int date, int price, int shares, int ret) implements RawRowParser {

    @Override
    public DeadLetter parse(InputRow row, Function<String, RowChunk.Builder> builderFor) {
      String id = Permnos.normalise(row, permno);
      if (id == null) {
        return RawRowParser.reject(row, "missing_permno", "PERMNO is missing or not a whole number");
      }
      long day;
      try {
        if (row.isEmpty(date)) {
          return RawRowParser.reject(row, "missing_date", "date is missing");
        }
        day = WrdsDates.epochDay(row, date);
      } catch (IllegalArgumentException e) {
        return RawRowParser.reject(row, "unparseable_date", e.getMessage());
      }
      double prc;
      double shrout;
      try {
        prc = row.isEmpty(price) ? 0 : row.number(price);
        shrout = row.isEmpty(shares) ? Double.NaN : row.number(shares);
      } catch (NumberFormatException e) {
        return RawRowParser.reject(row, "unparseable_number", "PRC or SHROUT is not a number: " + e.getMessage());
      }
      if (prc == 0 || !Double.isFinite(prc)) {
        return RawRowParser.reject(row, "missing_price", "PRC is missing or 0: CRSP has neither a trade nor a bid/ask");
      }
      if (!(shrout > 0) || Double.isInfinite(shrout)) {
        return RawRowParser.reject(row, "missing_shares", "SHROUT must be a positive number of thousands of shares, is "
            + (row.isEmpty(shares) ? "empty" : row.text(shares)));
      }
      builderFor.apply(id).row(0, row.line())
          .set(CrspColumns.DAY, day)
          .set(CrspColumns.PRICE, Math.abs(prc)) // negative: bid/ask midpoint
          .set(CrspColumns.SHARES_THOUSANDS, shrout)
          .set(CrspColumns.RET, returnOrNaN(row));
      return null;
    }

    private double returnOrNaN(InputRow row) {
      if (ret == Columns.ABSENT || row.isEmpty(ret)) {
        return Double.NaN;
      }
      try {
        double r = row.number(ret);
        return r > -1 || r == -1 ? r : Double.NaN; // below -100 %: CRSP's -66 … -99 missing codes
      } catch (NumberFormatException e) {
        return Double.NaN; // letter codes (B, C, …)
      }
    }
  }
}
