package io.quantbeam.models.merton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Small deterministic firms for tests. */
final class TestFirms {

  private TestFirms() {}

  /** n consecutive weekdays from the given date, as epoch days. */
  static long[] weekdays(LocalDate first, int n) {
    long[] days = new long[n];
    LocalDate d = first;
    for (int i = 0; i < n; i++) {
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
      days[i] = d.toEpochDay();
      d = d.plusDays(1);
    }
    return days;
  }

  /**
   * A geometric Brownian motion equity path (annual volatility, drift 5 %), debt at the given
   * leverage F/E₀ growing 2 % a year, and a 1-year yield drifting around 2 %.
   */
  static FirmHistory gbm(String id, int n, long seed, double annualVolatility, double leverage) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] day = weekdays(LocalDate.of(2015, 1, 5), n);
    double[] equity = new double[n];
    double[] debt = new double[n];
    double[] rate = new double[n];
    double e = 100;
    double y = 0.02;
    double dt = 1 / 252.0;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        e *= Math.exp((0.05 - 0.5 * annualVolatility * annualVolatility) * dt + annualVolatility * Math.sqrt(dt) * z);
        y = Math.max(0.001, y + 0.0003 * (random.nextDouble() - 0.5));
      }
      equity[t] = e;
      debt[t] = leverage * 100 * Math.exp(0.02 * t * dt);
      rate[t] = y;
    }
    return new FirmHistory(id, day, equity, debt, rate);
  }

  /** The same firm with the face value of debt replaced. */
  static FirmHistory withDebt(FirmHistory firm, double[] debt) {
    return new FirmHistory(firm.firmId(), firm.epochDays(), firm.equityValue(), debt, firm.riskFreeRate());
  }

  /** The first n rows of a firm. */
  static FirmHistory head(FirmHistory firm, int n) {
    return new FirmHistory(firm.firmId(), java.util.Arrays.copyOf(firm.epochDays(), n),
        java.util.Arrays.copyOf(firm.equityValue(), n), java.util.Arrays.copyOf(firm.faceValueDebt(), n),
        java.util.Arrays.copyOf(firm.riskFreeRate(), n));
  }
}
