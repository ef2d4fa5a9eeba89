package io.quantbeam.models.merton;

/**
 * Estimates one firm's asset value, asset volatility, distance to default and default
 * probability per specs/merton.md.
 *
 * <p>Not thread-safe: it keeps scratch buffers between firms so that the per-day loop allocates
 * nothing. Use one instance per thread (one per DoFn instance).
 */
public final class MertonEstimator {

  private final MertonSettings settings;

  public MertonEstimator(MertonSettings settings) {
    this.settings = settings;
  }

  public MertonSettings settings() {
    return settings;
  }

  /** Estimates every row of one firm. Never throws for valid histories; short ones give {@link MertonResult#insufficientHistory}. */
  public MertonResult estimate(FirmHistory firm) {
    throw new UnsupportedOperationException("being implemented");
  }
}
