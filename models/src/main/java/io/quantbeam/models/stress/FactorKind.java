package io.quantbeam.models.stress;

/**
 * The five kinds of risk factor, each with its own way a scenario shock x moves the base value.
 * Defined once here and used by both the object-level {@link MarketState} and the array-level
 * {@link ShockedMarket}, so the two can never disagree.
 */
public enum FactorKind {
  /** Continuously compounded zero rate, decimal: r + x (0.01 = +100 bp). Not floored. */
  RATE("RATE_"),
  /** Flat credit spread of a rating bucket, decimal: s + x. Not floored. */
  SPREAD("SPREAD_"),
  /** Equity index level: S·(1 + x). */
  EQUITY("EQUITY_"),
  /** Flat implied volatility, annualised decimal: max(σ + x, 0.01). */
  VOL("VOL_"),
  /** Units of base currency per one unit of the currency: fx·(1 + x). */
  FX("FX_");

  /** Volatilities below 1 % are floored, in the base state as in every scenario. */
  public static final double VOLATILITY_FLOOR = 0.01;

  private final String prefix;

  FactorKind(String prefix) {
    this.prefix = prefix;
  }

  /** The factor id prefix, e.g. "RATE_". */
  public String prefix() {
    return prefix;
  }

  /** Whether shocks are relative (x ≤ −1 would make the level zero or negative). */
  public boolean relative() {
    return this == EQUITY || this == FX;
  }

  /** The shocked value of a factor whose base value is {@code base}, under shock {@code x}. */
  public double apply(double base, double x) {
    return switch (this) {
      case RATE, SPREAD -> base + x;
      case EQUITY, FX -> base * (1 + x);
      case VOL -> Math.max(base + x, VOLATILITY_FLOOR);
    };
  }

  /** The kind of a factor id, from its prefix; throws naming the id when no kind matches. */
  public static FactorKind of(String factorId) {
    for (FactorKind k : values()) {
      if (factorId.startsWith(k.prefix) && factorId.length() > k.prefix.length()) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown risk factor '" + factorId
        + "' (expected RATE_<CCY>_<TENOR>, SPREAD_<BUCKET>, EQUITY_<NAME>, VOL_<NAME> or FX_<CCY>)");
  }
}
