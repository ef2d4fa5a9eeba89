package io.quantbeam.models.merton;

import static io.quantbeam.models.merton.MertonWindow.DAYS;
import static io.quantbeam.models.merton.MertonWindow.TRADING_DAYS_PER_YEAR;

/**
 * The ITERATIVE method of specs/merton.md (Vassalou &amp; Xing 2004; Bharath &amp; Shumway 2008) in
 * annual units: for every estimation date with 252 rows up to it and every horizon, the
 * asset-volatility fixed point from the cold start σ_V = σ_E·E/(E + F), tolerance 1e−4, at
 * most 100 rounds. μ is the annualised mean log return of V plus σ_V²/2 (or the risk-free
 * rate), so DD = (ln(V/F) + (μ − σ_V²/2)·h) / (σ_V·√h).
 */
final class IterativeMethod {

  static final double TOLERANCE = 1e-4;
  static final int MAX_ROUNDS = 100;

  private final MertonSettings settings;
  private final AssetVolatilityFixedPoint fixedPoint = new AssetVolatilityFixedPoint();
  private final EquityVolatility equityVolatility = new EquityVolatility();
  private int[] dates = new int[0];
  private double[] annualRate = new double[0];

  IterativeMethod(MertonSettings settings) {
    this.settings = settings;
  }

  MertonResult estimate(FirmHistory firm) {
    int n = firm.size();
    if (n < DAYS) {
      return MertonResult.insufficientHistory(firm.firmId(), MertonMethod.ITERATIVE);
    }
    ensureCapacity(n);
    double[] rate = firm.riskFreeRate();
    for (int t = 0; t < n; t++) {
      annualRate[t] = Math.log1p(rate[t]);
    }
    int count = EstimationDates.select(firm.epochDays(), settings.estimation(), DAYS - 1, dates);
    int horizonCount = settings.horizonCount();
    ResultColumns out = new ResultColumns(count * horizonCount);
    double[] equity = firm.equityValue();
    equityVolatility.reset(equity, n);
    double[] debt = firm.faceValueDebt();
    for (int j = 0; j < count; j++) {
      int t = dates[j];
      double sigmaE = equityVolatility.annual(t);
      double startVolatility = sigmaE * equity[t] / (equity[t] + debt[t]);
      for (int k = 0; k < horizonCount; k++) {
        double h = settings.horizonYears(k);
        fixedPoint.run(firm, annualRate, t, h, startVolatility, TOLERANCE, MAX_ROUNDS);
        double sigmaV = fixedPoint.volatility();
        double v = fixedPoint.assetValue(DAYS - 1);
        double drift = settings.drift() == Drift.RISK_FREE
            ? annualRate[t]
            : fixedPoint.meanLogReturn() * TRADING_DAYS_PER_YEAR + 0.5 * sigmaV * sigmaV;
        double dd = MertonWindow.distanceToDefault(v, debt[t], drift, sigmaV, h);
        out.set(j * horizonCount + k, firm.epochDays()[t], h, v, sigmaV, dd, fixedPoint.solves(),
            fixedPoint.converged());
      }
    }
    return out.build(firm.firmId(), MertonMethod.ITERATIVE);
  }

  private void ensureCapacity(int n) {
    if (dates.length < n) {
      dates = new int[n];
      annualRate = new double[n];
    }
  }
}
