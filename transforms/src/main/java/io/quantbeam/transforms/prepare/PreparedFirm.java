package io.quantbeam.transforms.prepare;

import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One firm's rows in the Merton input format, as {@code merton-prepare} writes them: days
 * ascending; equity value and default point in millions of dollars; the risk-free rate an annual
 * decimal yield; ret CRSP's daily holding-period return (NaN when CRSP has none).
 */
@DefaultCoder(PreparedFirmCoder.class)
public record PreparedFirm(String firmId, long[] epochDay, double[] equityValue, double[] faceValueDebt,
    double[] riskFreeRate, double[] ret) {

  public PreparedFirm {
    Objects.requireNonNull(firmId, "firmId");
    int n = epochDay.length;
    if (equityValue.length != n || faceValueDebt.length != n || riskFreeRate.length != n || ret.length != n) {
      throw new IllegalArgumentException("firm " + firmId + ": column lengths differ");
    }
  }

  public int size() {
    return epochDay.length;
  }
}
