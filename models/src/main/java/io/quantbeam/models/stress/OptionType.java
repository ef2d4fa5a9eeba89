package io.quantbeam.models.stress;

/** European call or put, named as in the portfolio's {@code call_put} column. */
public enum OptionType {
  CALL,
  PUT
}
