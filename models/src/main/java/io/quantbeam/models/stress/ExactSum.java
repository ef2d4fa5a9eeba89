package io.quantbeam.models.stress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * An exact sum of doubles (a fixed-point "superaccumulator"): every finite double is a multiple of
 * 2⁻¹⁰⁷⁴, so the sum is kept as an integer count of 2⁻¹⁰⁷⁴ in 32-bit digits held in longs (the
 * headroom absorbs carries, which are propagated every 2²⁹ additions). The result is independent
 * of the order and grouping of additions — partial sums from any sharding merge to the same bits.
 *
 * <p>{@link #addSquare} adds x² exactly, as the rounded square plus its rounding error
 * (Math.fma), so a variance from exact Σx and Σx² suffers no cancellation. Non-finite inputs are
 * rejected.
 */
public final class ExactSum implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LIMBS = 72;
  private static final long MASK32 = 0xFFFFFFFFL;
  private static final int ADDS_BETWEEN_CARRIES = 1 << 29;
  private static final BigDecimal ULP = new BigDecimal(BigInteger.valueOf(5).pow(1074), 1074);

  private final long[] limbs = new long[LIMBS];
  private int pendingAdds;

  public void add(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("cannot sum a non-finite value: " + x);
    }
    if (x == 0) {
      return;
    }
    long bits = Double.doubleToRawLongBits(x);
    int exponent = (int) ((bits >>> 52) & 0x7FF);
    long mantissa = bits & 0xFFFFFFFFFFFFFL;
    if (exponent != 0) {
      mantissa |= 1L << 52;
    }
    int shift = Math.max(exponent, 1) - 1;
    int limb = shift >>> 5;
    int offset = shift & 31;
    long low = (mantissa & MASK32) << offset;
    long high = (mantissa >>> 32) << offset;
    if (bits < 0) {
      limbs[limb] -= low & MASK32;
      limbs[limb + 1] -= (low >>> 32) + (high & MASK32);
      limbs[limb + 2] -= high >>> 32;
    } else {
      limbs[limb] += low & MASK32;
      limbs[limb + 1] += (low >>> 32) + (high & MASK32);
      limbs[limb + 2] += high >>> 32;
    }
    if (++pendingAdds == ADDS_BETWEEN_CARRIES) {
      propagateCarries();
    }
  }

  /** Adds x² exactly (exact unless x² is below about 1e-292, far under any money amount). */
  public void addSquare(double x) {
    double square = x * x;
    add(square);
    add(Math.fma(x, x, -square));
  }

  public void add(ExactSum other) {
    propagateCarries();
    long[] o = other.limbs.clone();
    carry(o);
    for (int i = 0; i < LIMBS; i++) {
      limbs[i] += o[i];
    }
    propagateCarries();
  }

  /** The exact sum. */
  public BigDecimal value() {
    long[] copy = limbs.clone();
    carry(copy);
    BigInteger units = BigInteger.ZERO;
    for (int i = LIMBS - 1; i >= 0; i--) {
      units = units.shiftLeft(32).add(BigInteger.valueOf(copy[i]));
    }
    return units.signum() == 0 ? BigDecimal.ZERO : new BigDecimal(units).multiply(ULP);
  }

  /** The exact sum rounded to the nearest double. */
  public double doubleValue() {
    return value().doubleValue();
  }

  /** The exact sum divided by {@code divisor}, to 34 significant digits, as a double. */
  public double divide(long divisor) {
    return value().divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128).doubleValue();
  }

  private void propagateCarries() {
    carry(limbs);
    pendingAdds = 0;
  }

  /** Brings every limb but the top one into [0, 2³²), moving the excess up. */
  private static void carry(long[] digits) {
    for (int i = 0; i < digits.length - 1; i++) {
      long c = digits[i] >> 32;
      digits[i] -= c << 32;
      digits[i + 1] += c;
    }
  }

  /** True when nothing but zeros has been added. */
  public boolean isZero() {
    for (long limb : limbs) {
      if (limb != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Serialised as sign and magnitude over the digits in use only: sums of amounts of similar size
   * touch a handful of the 72 digits, so partial sums travel as tens of bytes, not 576.
   */
  private Object writeReplace() {
    long[] digits = limbs.clone();
    carry(digits);
    boolean negative = digits[LIMBS - 1] < 0;
    if (negative) {
      for (int i = 0; i < LIMBS; i++) {
        digits[i] = -digits[i];
      }
      carry(digits);
    }
    int lo = 0;
    while (lo < LIMBS && digits[lo] == 0) {
      lo++;
    }
    int hi = LIMBS;
    while (hi > lo && digits[hi - 1] == 0) {
      hi--;
    }
    return new SerialForm(negative, lo, Arrays.copyOfRange(digits, lo, hi));
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("ExactSum is serialised through its SerialForm");
  }

  private record SerialForm(boolean negative, int first, long[] digits) implements Serializable {
    private Object readResolve() {
      ExactSum sum = new ExactSum();
      for (int i = 0; i < digits.length; i++) {
        sum.limbs[first + i] = negative ? -digits[i] : digits[i];
      }
      return sum;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExactSum other)) {
      return false;
    }
    long[] a = limbs.clone();
    long[] b = other.limbs.clone();
    carry(a);
    carry(b);
    return Arrays.equals(a, b);
  }

  @Override
  public int hashCode() {
    long[] a = limbs.clone();
    carry(a);
    return Arrays.hashCode(a);
  }
}
