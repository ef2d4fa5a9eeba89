package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.PriceScore;
import io.quantbeam.models.forest.TreeParameters;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One row of a symbol's grid table.
 *
 * @param validationMse mean squared error of the sub-forests' averaged validation predictions
 * @param trainSeconds seconds spent growing the grid point's trees, summed over its sub-forests
 * @param persistenceMse the persistence forecast's MSE (next TYPPRICE = current) on the same validation rows
 */
@DefaultCoder(ForestCoders.GridPointResultCoder.class)
public record GridPointResult(String symbol, String preparedPath, int gridPoint, TreeParameters parameters,
    int subForests, int trees, double validationMse, double trainSeconds, double persistenceMse) {

  /** 1 − validation MSE / persistence MSE: below 0 the grid point forecasts worse than "no change". */
  public double skill() {
    return PriceScore.skill(validationMse, persistenceMse);
  }
}
