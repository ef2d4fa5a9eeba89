package io.quantbeam.models.merton;

/** How asset value and asset volatility are inferred; see specs/merton.md. */
public enum MertonMethod {
  /** The published Lambda study's algorithm: daily units, trailing 252-day window, one solve per day. */
  TRAILING_WINDOW,
  /** Vassalou &amp; Xing (2004) / Bharath &amp; Shumway (2008) fixed point, annual units. */
  ITERATIVE,
  /** Bharath &amp; Shumway (2008) closed form, no solving. */
  NAIVE
}
