package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;

/**
 * The NAIVE method of specs/merton.md (Bharath &amp; Shumway 2008), annual units, no solving:
 * σ_D = 0.05 + 0.25·σ_E, σ_V = E/(E+F)·σ_E + F/(E+F)·σ_D, μ = E_t/E_{t−251} − 1 (or the
 * risk-free rate ln(1 + yield)), asset value E + F.
 */
final class NaiveMethod {

  private static final double DEBT_VOLATILITY_BASE = 0.05;
  private static final double DEBT_VOLATILITY_SLOPE = 0.25;

  private final MertonSettings settings;
  private final EquityVolatility equityVolatility = new EquityVolatility();
  private int[] dates = new int[0];

  NaiveMethod(MertonSettings settings) {
    this.settings = settings;
  }

  MertonResult estimate(FirmHistory firm) {
    int n = firm.size();
    if (n < DAYS) {
      return MertonResult.insufficientHistory(firm.firmId(), MertonMethod.NAIVE);
    }
    if (dates.length < n) {
      dates = new int[n];
    }
    int count = EstimationDates.select(firm.epochDays(), settings.estimation(), DAYS - 1, dates);
    int horizonCount = settings.horizonCount();
    ResultColumns out = new ResultColumns(count * horizonCount);
    double[] equity = firm.equityValue();
    equityVolatility.reset(equity, n);
    double[] debt = firm.faceValueDebt();
    for (int j = 0; j < count; j++) {
      int t = dates[j];
      double e = equity[t];
      double f = debt[t];
      double sigmaE = equityVolatility.annual(t);
      double sigmaD = DEBT_VOLATILITY_BASE + DEBT_VOLATILITY_SLOPE * sigmaE;
      double sigmaV = (e * sigmaE + f * sigmaD) / (e + f);
      double drift = settings.drift() == Drift.RISK_FREE
          ? Math.log1p(firm.riskFreeRate()[t])
          : e / equity[t - DAYS + 1] - 1;
      for (int k = 0; k < horizonCount; k++) {
        double h = settings.horizonYears(k);
        double dd = MertonWindow.distanceToDefault(e + f, f, drift, sigmaV, h);
        out.set(j * horizonCount + k, firm.epochDays()[t], h, e + f, sigmaV, dd, 0, true);
      }
    }
    return out.build(firm.firmId(), MertonMethod.NAIVE);
  }
}
