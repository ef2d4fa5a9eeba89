package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.pipelines.io.OutputTable;

/**
 * Firm histories in the Merton input format: firm_id, date, equity_value, face_value_debt,
 * risk_free_rate, ret (the daily equity return; empty on a firm's first day). One firm per batch.
 */
final class FirmInputSinks {

  static final OutputTable<FirmHistory> TABLE = OutputTable.<FirmHistory>named("merton_input", FirmHistory::size)
      .text("firm_id", (f, t) -> f.firmId())
      .date("date", (f, t) -> f.epochDays()[t])
      .float64("equity_value", (f, t) -> f.equityValue()[t])
      .float64("face_value_debt", (f, t) -> f.faceValueDebt()[t])
      .float64("risk_free_rate", (f, t) -> f.riskFreeRate()[t])
      .optionalFloat64("ret", FirmInputSinks::ret)
      .build();

  static final String CSV_HEADER = TABLE.csvHeader();

  private FirmInputSinks() {}

  private static double ret(FirmHistory firm, int t) {
    return t == 0 ? Double.NaN : firm.equityValue()[t] / firm.equityValue()[t - 1] - 1;
  }
}
