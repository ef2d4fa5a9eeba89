package io.quantbeam.models.stress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A VaR or ES confidence level α, 0 &lt; α &lt; 1, kept in exact decimal as written (the text is the
 * report key, e.g. "0.99").
 */
public record ConfidenceLevel(String text, BigDecimal value) implements Serializable {

  public ConfidenceLevel {
    if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + text);
    }
  }

  /** Parses a decimal such as "0.975"; throws naming the text when it is not one. */
  public static ConfidenceLevel parse(String text) {
    String trimmed = text.trim();
    try {
      return new ConfidenceLevel(trimmed, new BigDecimal(trimmed));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("confidence level '" + text + "' is not a decimal number");
    }
  }

  /** m = ⌈(1 − α)·N⌉, computed in exact decimal: the number of tail scenarios among N. */
  public long tailCount(long scenarios) {
    return BigDecimal.ONE.subtract(value).multiply(BigDecimal.valueOf(scenarios))
        .setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** α as a double (for display). */
  public double doubleValue() {
    return value.doubleValue();
  }
}
