package io.quantbeam.models.stress;

/** Builds and checks the factor ids of specs/stress.md. */
public final class FactorIds {

  private FactorIds() {}

  public static String rate(String currency, Tenor tenor) {
    return "RATE_" + currency + "_" + tenor.label();
  }

  public static String spread(String ratingBucket) {
    return "SPREAD_" + ratingBucket;
  }

  public static String equity(String name) {
    return "EQUITY_" + name;
  }

  public static String volatility(String name) {
    return "VOL_" + name;
  }

  public static String fx(String currency) {
    return "FX_" + currency;
  }

  /**
   * Checks that {@code factorId} is well formed (a known prefix; for rates, a currency and one of
   * the ten tenors) and returns its kind.
   */
  public static FactorKind validate(String factorId) {
    FactorKind kind = FactorKind.of(factorId);
    if (kind == FactorKind.RATE) {
      int lastUnderscore = factorId.lastIndexOf('_');
      if (lastUnderscore <= FactorKind.RATE.prefix().length()) {
        throw new IllegalArgumentException("rate factor '" + factorId + "' must be RATE_<CCY>_<TENOR>");
      }
      Tenor.ofLabel(factorId.substring(lastUnderscore + 1));
    }
    return kind;
  }
}
