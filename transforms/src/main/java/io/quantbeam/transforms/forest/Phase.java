package io.quantbeam.transforms.forest;

/** Which forest a sub-forest belongs to. */
public enum Phase {
  /** A grid point's forest: trained on the training rows, scored on the validation rows. */
  GRID,
  /** The final model: trained on training and validation rows, scored on the test rows. */
  FINAL
}
