package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.BondPosition;
import io.quantbeam.models.stress.CashPosition;
import io.quantbeam.models.stress.EquityPosition;
import io.quantbeam.models.stress.OptionPosition;
import io.quantbeam.models.stress.Position;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.transforms.stress.PositionParser;

/**
 * The portfolio file of specs/stress.md: columns {@link PositionParser#COLUMNS}, a field that
 * does not apply to the row's type left empty (null in Parquet); whole numbers are written
 * without a decimal point in CSV.
 */
final class PortfolioSinks {

  private static final double NULL = Double.NaN;

  static final OutputTable<PositionBatch> TABLE = OutputTable.<PositionBatch>named("stress_portfolio",
          batch -> batch.positions().size())
      .optionalText("position_id", (b, i) -> at(b, i).positionId())
      .optionalText("book", (b, i) -> at(b, i).book())
      .optionalText("type", (b, i) -> at(b, i).type().name())
      .optionalText("currency", (b, i) -> at(b, i).currency())
      .wholeFloat64("quantity", true, (b, i) -> at(b, i) instanceof EquityPosition e ? e.quantity()
          : at(b, i) instanceof OptionPosition o ? o.quantity() : NULL)
      .wholeFloat64("spot", true, (b, i) -> at(b, i) instanceof EquityPosition e ? e.spot() : NULL)
      .optionalText("equity", (b, i) -> at(b, i) instanceof EquityPosition e ? e.equity()
          : at(b, i) instanceof OptionPosition o ? o.equity() : null)
      .wholeFloat64("beta", true, (b, i) -> at(b, i) instanceof EquityPosition e ? e.beta() : NULL)
      .wholeFloat64("notional", true, (b, i) -> at(b, i) instanceof BondPosition d ? d.notional() : NULL)
      .wholeFloat64("coupon", true, (b, i) -> at(b, i) instanceof BondPosition d ? d.coupon() : NULL)
      .wholeFloat64("frequency", true, (b, i) -> at(b, i) instanceof BondPosition d ? d.frequency() : NULL)
      .wholeFloat64("maturity_years", true, (b, i) -> at(b, i) instanceof BondPosition d ? d.maturityYears() : NULL)
      .optionalText("rating", (b, i) -> at(b, i) instanceof BondPosition d ? d.rating() : null)
      .wholeFloat64("strike", true, (b, i) -> at(b, i) instanceof OptionPosition o ? o.strike() : NULL)
      .wholeFloat64("expiry_years", true, (b, i) -> at(b, i) instanceof OptionPosition o ? o.expiryYears() : NULL)
      .optionalText("call_put", (b, i) -> at(b, i) instanceof OptionPosition o ? o.callPut().name() : null)
      .wholeFloat64("amount", true, (b, i) -> at(b, i) instanceof CashPosition c ? c.amount() : NULL)
      .build();

  static {
    if (!TABLE.columnNames().equals(PositionParser.COLUMNS)) {
      throw new IllegalStateException("the portfolio table's columns " + TABLE.columnNames()
          + " differ from the parser's " + PositionParser.COLUMNS);
    }
  }

  private PortfolioSinks() {}

  private static Position at(PositionBatch batch, int row) {
    return batch.positions().get(row);
  }
}
