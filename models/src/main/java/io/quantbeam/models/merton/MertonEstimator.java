package io.quantbeam.models.merton;

import java.util.Objects;

/**
 * Estimates one firm's asset value, asset volatility, distance to default and default
 * probability per specs/merton.md.
 *
 * <p>Not thread-safe: it keeps scratch buffers between firms so that the per-day loop allocates
 * nothing. Use one instance per thread (one per DoFn instance).
 */
public final class MertonEstimator {

  private final MertonSettings settings;
  private final TrailingWindowMethod trailingWindow;
  private final IterativeMethod iterative;
  private final NaiveMethod naive;

  public MertonEstimator(MertonSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    MertonMethod method = settings.method();
    this.trailingWindow = method == MertonMethod.TRAILING_WINDOW ? new TrailingWindowMethod(settings.horizonsYears()) : null;
    this.iterative = method == MertonMethod.ITERATIVE ? new IterativeMethod(settings) : null;
    this.naive = method == MertonMethod.NAIVE ? new NaiveMethod(settings) : null;
  }

  public MertonSettings settings() {
    return settings;
  }

  /**
   * Estimates every row of one firm. Never throws for valid histories; short ones give {@link MertonResult#insufficientHistory}.
   *
   * @throws IllegalArgumentException if a risk-free rate is &le; −1 (a yield of −100 % or less has
   *     no daily or continuously compounded equivalent)
   */
  public MertonResult estimate(FirmHistory firm) {
    Objects.requireNonNull(firm, "firm");
    double[] rate = firm.riskFreeRate();
    for (int t = 0; t < rate.length; t++) {
      if (!(rate[t] > -1)) {
        throw new IllegalArgumentException("firm " + firm.firmId() + ": risk-free rate must be > -1 at index " + t + ", got " + rate[t]);
      }
    }
    return switch (settings.method()) {
      case TRAILING_WINDOW -> trailingWindow.estimate(firm);
      case ITERATIVE -> iterative.estimate(firm);
      case NAIVE -> naive.estimate(firm);
    };
  }
}
