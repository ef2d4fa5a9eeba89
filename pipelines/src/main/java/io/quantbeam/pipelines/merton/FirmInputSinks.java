package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.FirmHistory;
import io.quantbeam.pipelines.io.OutputTable;
import io.quantbeam.transforms.prepare.PreparedFirm;

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

  /** The same columns for firms prepared from raw CRSP/Compustat/FRED files; ret is CRSP's RET. */
  static final OutputTable<PreparedFirm> PREPARED = OutputTable.<PreparedFirm>named("merton_input", PreparedFirm::size)
      .text("firm_id", (f, t) -> f.firmId())
      .date("date", (f, t) -> f.epochDay()[t])
      .float64("equity_value", (f, t) -> f.equityValue()[t])
      .float64("face_value_debt", (f, t) -> f.faceValueDebt()[t])
      .float64("risk_free_rate", (f, t) -> f.riskFreeRate()[t])
      .optionalFloat64("ret", (f, t) -> f.ret()[t])
      .build();

  /** The units of {@link #PREPARED}'s columns, as merton-prepare states them. */
  static final String PREPARED_UNITS = "equity_value and face_value_debt: millions of US dollars "
      + "(equity = |PRC| x SHROUT / 1000; default point = DLCQ + 0.5 x DLTTQ); risk_free_rate: annual decimal "
      + "yield (FRED DGS1 / 100); ret: CRSP RET, decimal";

  private FirmInputSinks() {}

  private static double ret(FirmHistory firm, int t) {
    return t == 0 ? Double.NaN : firm.equityValue()[t] / firm.equityValue()[t - 1] - 1;
  }
}
