package io.quantbeam.models.stress;

/** The four position types of specs/stress.md, named as in the portfolio's {@code type} column. */
public enum PositionType {
  EQUITY,
  BOND,
  OPTION,
  CASH
}
