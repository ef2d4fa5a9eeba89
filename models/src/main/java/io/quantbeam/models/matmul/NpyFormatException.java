package io.quantbeam.models.matmul;

/** A byte sequence that is not a 2-D little-endian float64 {@code .npy} array; the message says why. */
public final class NpyFormatException extends IllegalArgumentException {

  public NpyFormatException(String message) {
    super(message);
  }
}
