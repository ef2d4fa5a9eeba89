package io.quantbeam.models.merton;

import java.util.Objects;

/**
 * One firm's daily observations in date order: the input of one Merton estimation.
 *
 * <p>Dates are days since 1970-01-01 and strictly increasing. Equity value E (market value of
 * equity, currency units) is finite and &gt; 0; face value of debt F (the default point, same
 * currency) is finite and &ge; 0; the risk-free rate is an annual yield as a decimal (0.025 =
 * 2.5 %), finite. The arrays are taken as they are, not copied (a firm can hold millions of
 * days): the caller hands them over and must not change them afterwards.
 */
public record FirmHistory(String firmId, long[] epochDays, double[] equityValue, double[] faceValueDebt, double[] riskFreeRate) {

  public FirmHistory {
    Objects.requireNonNull(firmId, "firmId");
    int n = epochDays.length;
    if (equityValue.length != n || faceValueDebt.length != n || riskFreeRate.length != n) {
      throw new IllegalArgumentException("firm " + firmId + ": column lengths differ");
    }
    for (int t = 0; t < n; t++) {
      if (t > 0 && epochDays[t] <= epochDays[t - 1]) {
        throw new IllegalArgumentException("firm " + firmId + ": dates must be strictly increasing at index " + t);
      }
      if (!(equityValue[t] > 0) || Double.isInfinite(equityValue[t])) {
        throw new IllegalArgumentException("firm " + firmId + ": equity value must be finite and > 0 at index " + t);
      }
      if (!(faceValueDebt[t] >= 0) || Double.isInfinite(faceValueDebt[t])) {
        throw new IllegalArgumentException("firm " + firmId + ": face value of debt must be finite and >= 0 at index " + t);
      }
      if (!Double.isFinite(riskFreeRate[t])) {
        throw new IllegalArgumentException("firm " + firmId + ": risk-free rate must be finite at index " + t);
      }
    }
  }

  public int size() {
    return epochDays.length;
  }
}
