package io.quantbeam.models.stress;

import java.util.Arrays;

/**
 * A zero curve: continuously compounded zero rates (decimal, annualised) at increasing node times
 * (years), linear in time between nodes and flat beyond the first and last node. Rates may be
 * negative.
 */
public record ZeroCurve(double[] nodeTimes, double[] rates) {

  public ZeroCurve {
    if (nodeTimes.length != rates.length || nodeTimes.length < 2) {
      throw new IllegalArgumentException("a zero curve needs at least two nodes and one rate per node, got "
          + nodeTimes.length + " times and " + rates.length + " rates");
    }
    nodeTimes = nodeTimes.clone();
    rates = rates.clone();
    for (int i = 0; i < nodeTimes.length; i++) {
      if (!Double.isFinite(nodeTimes[i]) || !Double.isFinite(rates[i])) {
        throw new IllegalArgumentException("zero curve node " + i + " is not finite: t=" + nodeTimes[i] + ", r=" + rates[i]);
      }
      if (i > 0 && !(nodeTimes[i] > nodeTimes[i - 1])) {
        throw new IllegalArgumentException("zero curve node times must increase, got " + Arrays.toString(nodeTimes));
      }
    }
  }

  /** The curve on the standard {@link Tenor} grid. */
  public static ZeroCurve onTenors(double[] tenorRates) {
    return new ZeroCurve(Tenor.times(), tenorRates);
  }

  /** Zero rate at {@code timeYears} (continuously compounded, decimal). */
  public double rate(double timeYears) {
    return CurvePoint.locate(nodeTimes, timeYears).rate(rates, 0);
  }

  /** exp(−z(t)·t). */
  public double discountFactor(double timeYears) {
    return Math.exp(-rate(timeYears) * timeYears);
  }

  @Override
  public double[] nodeTimes() {
    return nodeTimes.clone();
  }

  @Override
  public double[] rates() {
    return rates.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ZeroCurve c && Arrays.equals(nodeTimes, c.nodeTimes) && Arrays.equals(rates, c.rates);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(nodeTimes) + Arrays.hashCode(rates);
  }

  @Override
  public String toString() {
    return "ZeroCurve" + Arrays.toString(nodeTimes) + "->" + Arrays.toString(rates);
  }
}
