package io.quantbeam.transforms.stress;

/** Names of the Beam counters the stress transforms keep (namespace {@code stress}): the run's progress. */
public final class StressMetrics {

  public static final String NAMESPACE = "stress";
  /** Scenario rows read from files, or scenarios generated. */
  public static final String SCENARIOS_IN = "scenarios_in";
  /** Scenarios whose P&L was computed and collated (N). */
  public static final String SCENARIOS_EVALUATED = "scenarios_evaluated";
  /** Shards revalued so far. */
  public static final String SHARDS_DONE = "shards_done";
  /** Position revaluations: positions × scenarios evaluated. */
  public static final String POSITION_REVALUATIONS = "position_revaluations";
  /** Nanoseconds spent in revaluation proper, summed over workers. */
  public static final String REVALUATION_NANOS = "revaluation_nanos";

  private StressMetrics() {}
}
