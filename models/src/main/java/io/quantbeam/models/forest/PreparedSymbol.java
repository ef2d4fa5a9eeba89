package io.quantbeam.models.forest;

import java.util.Objects;

/**
 * One symbol's training, validation and test matrices (same features), ready for the grid
 * search.
 *
 * @param bars bars the matrices were built from
 */
public record PreparedSymbol(String symbol, int bars, FeatureMatrix train, FeatureMatrix validation, FeatureMatrix test) {

  public PreparedSymbol {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(test, "test");
    if (!train.featureNames().equals(validation.featureNames()) || !train.featureNames().equals(test.featureNames())) {
      throw new IllegalArgumentException("train, validation and test of " + symbol + " have different features");
    }
  }

  /** Training and validation rows together: what the final model learns from. */
  public FeatureMatrix trainAndValidation() {
    return train.append(validation);
  }

  public int usableRows() {
    return train.rows() + validation.rows() + test.rows();
  }
}
