package io.quantbeam.transforms.merton;

import io.quantbeam.transforms.rows.InputRow;

/**
 * Checks one input row against specs/merton.md and, when it is good, appends it to its firm's
 * chunk. A rejected row is described by a {@link Rejection}; nothing is thrown for bad data.
 */
public final class ObservationValidator {

  private final MertonInputColumns columns;
  private final String fileFirmId;

  public ObservationValidator(MertonInputColumns columns) {
    this(columns, null);
  }

  /** @param fileFirmId the firm of every row, for a file of one firm without a firm column (else null) */
  public ObservationValidator(MertonInputColumns columns, String fileFirmId) {
    this.columns = columns;
    this.fileFirmId = fileFirmId;
  }

  /** The firm id of a row, or null if it has none. */
  public String firmId(InputRow row) {
    if (fileFirmId != null) {
      return fileFirmId;
    }
    return row.isEmpty(columns.firmId()) ? null : row.text(columns.firmId()).trim();
  }

  /**
   * Validates {@code row} and appends it to {@code chunk} (the chunk of {@link #firmId(InputRow)}).
   *
   * @return null when the row was appended, else why it was rejected
   */
  public Rejection appendTo(InputRow row, int sourceIndex, FirmChunk.Builder chunk) {
    long epochDay;
    try {
      epochDay = row.isEmpty(columns.date()) ? Long.MIN_VALUE : row.epochDay(columns.date());
    } catch (IllegalArgumentException e) {
      return new Rejection("unparseable_date", e.getMessage());
    }
    if (epochDay == Long.MIN_VALUE) {
      return missing("date");
    }
    double equity;
    double debt;
    double rate = Double.NaN;
    try {
      if (row.isEmpty(columns.equityValue())) {
        return missing("equity_value");
      }
      equity = row.number(columns.equityValue());
      if (row.isEmpty(columns.faceValueDebt())) {
        return missing("face_value_debt");
      }
      debt = row.number(columns.faceValueDebt());
      if (columns.hasRiskFreeRate() && !row.isEmpty(columns.riskFreeRate())) {
        rate = row.number(columns.riskFreeRate());
        if (!Double.isFinite(rate)) {
          return new Rejection("non_finite_risk_free_rate", "risk_free_rate is " + rate);
        }
        if (rate <= -1) {
          // an annual yield of -100 % or less has no daily or continuously compounded equivalent
          return new Rejection("risk_free_rate_out_of_range", "risk_free_rate must be > -1, is " + rate);
        }
      }
      if (columns.ret() != MertonInputColumns.ABSENT && !row.isEmpty(columns.ret())) {
        double ret = row.number(columns.ret());
        if (!Double.isFinite(ret)) {
          return new Rejection("non_finite_ret", "ret is " + ret);
        }
      }
    } catch (NumberFormatException e) {
      return new Rejection("unparseable_number", "a numeric field is not a number: " + e.getMessage());
    }
    if (!Double.isFinite(equity)) {
      return new Rejection("non_finite_equity_value", "equity_value is " + equity);
    }
    if (equity <= 0) {
      return new Rejection("non_positive_equity_value", "equity_value must be > 0, is " + equity);
    }
    if (!Double.isFinite(debt)) {
      return new Rejection("non_finite_face_value_debt", "face_value_debt is " + debt);
    }
    if (debt < 0) {
      return new Rejection("negative_face_value_debt", "face_value_debt must be >= 0, is " + debt);
    }
    chunk.add(sourceIndex, row.line(), epochDay, equity, debt, rate);
    return null;
  }

  private static Rejection missing(String field) {
    return new Rejection("missing_" + field, field + " is missing");
  }
}
