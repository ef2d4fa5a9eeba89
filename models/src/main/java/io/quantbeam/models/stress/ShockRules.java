package io.quantbeam.models.stress;

/**
 * What makes a single shock unusable: not finite, or a relative shock ≤ −1 (a zero or negative
 * equity level or FX rate). Problems are short snake_case codes, the dead-letter reasons.
 */
public final class ShockRules {

  public static final String NON_FINITE = "non_finite_shock";
  public static final String RELATIVE_AT_OR_BELOW_MINUS_ONE = "relative_shock_at_or_below_minus_one";

  private ShockRules() {}

  /** The problem code, or null when the shock is usable. */
  public static String problem(FactorKind kind, double x) {
    if (!Double.isFinite(x)) {
      return NON_FINITE;
    }
    if (kind.relative() && x <= -1) {
      return RELATIVE_AT_OR_BELOW_MINUS_ONE;
    }
    return null;
  }

  /** A human message for a problem code. */
  public static String describe(String problem, Object x) {
    return switch (problem) {
      case NON_FINITE -> "shock is not a finite number: " + x;
      case RELATIVE_AT_OR_BELOW_MINUS_ONE -> "relative shock must be > -1, got " + x;
      default -> problem;
    };
  }
}
