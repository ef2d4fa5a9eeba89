package io.quantbeam.transforms.merton;

import static io.quantbeam.transforms.rows.ColumnType.DATE;
import static io.quantbeam.transforms.rows.ColumnType.DOUBLE;
import static io.quantbeam.transforms.rows.ColumnType.TEXT;
import static io.quantbeam.transforms.rows.InputColumn.checkedOnly;
import static io.quantbeam.transforms.rows.InputColumn.optional;
import static io.quantbeam.transforms.rows.InputColumn.required;

import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputSchema;
import io.quantbeam.transforms.rows.RowParser;

/**
 * The Merton input columns of specs/merton.md, with the published study's names as aliases, and
 * the checks of a parsed row. A row without a rate (NaN) takes the risk-free-rate file's rate for
 * its date when the firms are assembled.
 */
public final class MertonInput {

  /** Schema column indices (column 0, the key, is the firm id). */
  public static final int DAY = 1;
  public static final int EQUITY_VALUE = 2;
  public static final int FACE_VALUE_DEBT = 3;
  public static final int RISK_FREE_RATE = 4;
  public static final int RET = 5;

  public static final InputSchema SCHEMA = InputSchema.of(MertonInput::check,
      required("firm_id", TEXT, "permno", "gvkey"),
      required("date", DATE),
      required("equity_value", DOUBLE, "mkt_val"),
      required("face_value_debt", DOUBLE),
      optional("risk_free_rate", DOUBLE, "dgs1"),
      checkedOnly("ret", DOUBLE));

  /** {@link io.quantbeam.transforms.rows.RowChunk} slots of the assembled columns. */
  public static final int DAY_SLOT = SCHEMA.slot(DAY);
  public static final int EQUITY_SLOT = SCHEMA.slot(EQUITY_VALUE);
  public static final int DEBT_SLOT = SCHEMA.slot(FACE_VALUE_DEBT);
  public static final int RATE_SLOT = SCHEMA.slot(RISK_FREE_RATE);

  private MertonInput() {}

  private static DeadLetter check(RowParser row) {
    double rate = row.number(RISK_FREE_RATE);
    if (row.has(RISK_FREE_RATE) && !Double.isFinite(rate)) {
      return row.reject("non_finite_risk_free_rate", "risk_free_rate is " + rate);
    }
    if (rate <= -1) {
      // an annual yield of -100 % or less has no daily or continuously compounded equivalent
      return row.reject("risk_free_rate_out_of_range", "risk_free_rate must be > -1, is " + rate);
    }
    double ret = row.number(RET);
    if (row.has(RET) && !Double.isFinite(ret)) {
      return row.reject("non_finite_ret", "ret is " + ret);
    }
    double equity = row.number(EQUITY_VALUE);
    if (!Double.isFinite(equity)) {
      return row.reject("non_finite_equity_value", "equity_value is " + equity);
    }
    if (equity <= 0) {
      return row.reject("non_positive_equity_value", "equity_value must be > 0, is " + equity);
    }
    double debt = row.number(FACE_VALUE_DEBT);
    if (!Double.isFinite(debt)) {
      return row.reject("non_finite_face_value_debt", "face_value_debt is " + debt);
    }
    if (debt < 0) {
      return row.reject("negative_face_value_debt", "face_value_debt must be >= 0, is " + debt);
    }
    return null;
  }
}
