package io.quantbeam.models.forest;

import java.util.Objects;

/**
 * One symbol's training, validation and test matrices (same features), ready for the grid
 * search.
 *
 * @param bars bars the matrices were built from
 * @param target what the matrices' targets are
 * @param validationPrices current and next TYPPRICE of every validation row
 * @param testPrices current and next TYPPRICE of every test row
 */
public record PreparedSymbol(String symbol, int bars, FeatureMatrix train, FeatureMatrix validation, FeatureMatrix test,
    ForecastTarget target, PriceRows validationPrices, PriceRows testPrices) {

  public PreparedSymbol {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(target, "target");
    if (validationPrices.rows() != validation.rows() || testPrices.rows() != test.rows()) {
      throw new IllegalArgumentException("price rows of " + symbol + " do not match its validation and test rows");
    }
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
