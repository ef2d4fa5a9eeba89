package io.quantbeam.models.math;

/**
 * The standard normal distribution: cumulative distribution function Φ and density φ.
 *
 * <p>Φ follows W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations
 * for the error function", Math. Comp. 23, 1969, in the normal-distribution form of his SPECFUN
 * routine ANORM, 1993): one rational function on |x| &le; 0.66291, one on 0.66291 &lt; |x| &le; √32,
 * and an asymptotic one in 1/x² beyond, each multiplied by exp(−x²/2) outside the centre. The
 * lower tail is accurate to a few units in the last place (relative) down to x ≈ −37.5, below
 * which Φ leaves the normal double range (Φ(−37.5) ≈ 4.6e−308) and loses precision gradually to
 * 0 at about −38.5; near the centre and in the upper tail the error is a few units of 1e−16
 * (absolute), so Φ(x) for x &gt; 8.3 is 1. Use {@code cdf(-x)} for the upper tail 1 − Φ(x): the
 * algorithm is symmetric, so that is as accurate as the lower tail.
 *
 * <p>exp(−x²/2) is computed from the exact square x² = hi + lo (Math.fma), so the rounding of x²
 * — which at x = 37 would cost 1e−13 relative — does not enter the tail. Stateless, allocation
 * free, thread-safe.
 */
public final class NormalDistribution {

  /** 1/√(2π). */
  private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
  /** Boundary of the central interval, where Φ = 0.75. */
  private static final double CENTRE = 0.66291;
  /** Boundary of the intermediate interval, √32. */
  private static final double SQRT_32 = 5.656854249492380195206754896838;
  /** Beyond this |x|, Φ(−|x|) is below the smallest subnormal double. */
  private static final double UNDERFLOW = 38.6;

  // Cody's coefficients, central interval |x| <= 0.66291.
  private static final double A0 = 2.2352520354606839287;
  private static final double A1 = 161.02823106855587881;
  private static final double A2 = 1067.6894854603709582;
  private static final double A3 = 18154.981253343561249;
  private static final double A4 = 0.065682337918207449113;
  private static final double B0 = 47.20258190468824187;
  private static final double B1 = 976.09855173777669322;
  private static final double B2 = 10260.932208618978205;
  private static final double B3 = 45507.789335026729956;

  // Intermediate interval 0.66291 < |x| <= sqrt(32).
  private static final double C0 = 0.39894151208813466764;
  private static final double C1 = 8.8831497943883759412;
  private static final double C2 = 93.506656132177855979;
  private static final double C3 = 597.27027639480026226;
  private static final double C4 = 2494.5375852903726711;
  private static final double C5 = 6848.1904505362823326;
  private static final double C6 = 11602.651437647350124;
  private static final double C7 = 9842.7148383839780218;
  private static final double C8 = 1.0765576773720192317e-8;
  private static final double D0 = 22.266688044328115691;
  private static final double D1 = 235.38790178262499861;
  private static final double D2 = 1519.377599407554805;
  private static final double D3 = 6485.558298266760755;
  private static final double D4 = 18615.571640885098091;
  private static final double D5 = 34900.952721145977266;
  private static final double D6 = 38912.003286093271411;
  private static final double D7 = 19685.429676859990727;

  // Tail |x| > sqrt(32), rational in 1/x^2.
  private static final double P0 = 0.21589853405795699;
  private static final double P1 = 0.1274011611602473639;
  private static final double P2 = 0.022235277870649807;
  private static final double P3 = 0.001421619193227893466;
  private static final double P4 = 2.9112874951168792e-5;
  private static final double P5 = 0.02307344176494017303;
  private static final double Q0 = 1.28426009614491121;
  private static final double Q1 = 0.468238212480865118;
  private static final double Q2 = 0.0659881378689285515;
  private static final double Q3 = 0.00378239633202758244;
  private static final double Q4 = 7.29751555083966205e-5;

  private NormalDistribution() {}

  /** Φ(x) = P(Z ≤ x) for a standard normal Z; NaN for NaN, 0 and 1 at −∞ and +∞. */
  public static double cdf(double x) {
    double y = Math.abs(x);
    if (y <= CENTRE) {
      double z = x * x;
      double num = A4 * z;
      double den = z;
      num = (num + A0) * z;
      den = (den + B0) * z;
      num = (num + A1) * z;
      den = (den + B1) * z;
      num = (num + A2) * z;
      den = (den + B2) * z;
      return 0.5 + x * (num + A3) / (den + B3);
    }
    if (y > UNDERFLOW) {
      return x > 0 ? 1 : 0;
    }
    double ratio;
    if (y <= SQRT_32) {
      double num = C8 * y;
      double den = y;
      num = (num + C0) * y;
      den = (den + D0) * y;
      num = (num + C1) * y;
      den = (den + D1) * y;
      num = (num + C2) * y;
      den = (den + D2) * y;
      num = (num + C3) * y;
      den = (den + D3) * y;
      num = (num + C4) * y;
      den = (den + D4) * y;
      num = (num + C5) * y;
      den = (den + D5) * y;
      num = (num + C6) * y;
      den = (den + D6) * y;
      ratio = (num + C7) / (den + D7);
    } else {
      double z = 1 / (y * y);
      double num = P5 * z;
      double den = z;
      num = (num + P0) * z;
      den = (den + Q0) * z;
      num = (num + P1) * z;
      den = (den + Q1) * z;
      num = (num + P2) * z;
      den = (den + Q2) * z;
      num = (num + P3) * z;
      den = (den + Q3) * z;
      ratio = (INV_SQRT_2PI - z * (num + P4) / (den + Q4)) / y;
    }
    double tail = ratio * expHalfSquare(y);
    return x > 0 ? 1 - tail : tail;
  }

  /** φ(x) = exp(−x²/2)/√(2π), accurate to a few ulp also in the far tails. */
  public static double density(double x) {
    return INV_SQRT_2PI * expHalfSquare(x);
  }

  /**
   * exp(−x²/2) with x² taken exactly as hi + lo: exp(−hi/2) is exact up to exp's own rounding,
   * and the factor exp(−lo/2) = 1 − lo/2 to within 1e−32 because |lo| ≤ ulp(hi)/2.
   */
  private static double expHalfSquare(double x) {
    double hi = x * x;
    if (hi == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double lo = Math.fma(x, x, -hi);
    return Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
  }
}
