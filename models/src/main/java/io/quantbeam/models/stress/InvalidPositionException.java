package io.quantbeam.models.stress;

/** A position that cannot be valued, with a short snake_case reason code and a message naming it. */
public final class InvalidPositionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** A required field is empty. */
  public static final String MISSING_FIELD = "missing_field";
  public static final String NON_FINITE_NUMBER = "non_finite_number";
  public static final String NON_POSITIVE_MATURITY = "non_positive_maturity";
  public static final String NON_POSITIVE_EXPIRY = "non_positive_expiry";
  public static final String BAD_FREQUENCY = "bad_frequency";
  public static final String NEGATIVE_STRIKE = "negative_strike";
  /** The position needs a factor the market does not have. */
  public static final String UNKNOWN_FACTOR = "unknown_factor";

  private final String positionId;
  private final String reason;

  public InvalidPositionException(String positionId, String reason, String problem) {
    super("position " + positionId + ": " + problem);
    this.positionId = positionId;
    this.reason = reason;
  }

  public String positionId() {
    return positionId;
  }

  public String reason() {
    return reason;
  }
}
