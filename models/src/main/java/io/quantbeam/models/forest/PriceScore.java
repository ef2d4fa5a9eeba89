package io.quantbeam.models.forest;

/**
 * A forecast's mean squared error on the price scale next to the persistence forecast's (next
 * TYPPRICE = current TYPPRICE) on the same rows, both in squared price units.
 *
 * @param mse the model's mean squared error
 * @param persistenceMse the persistence forecast's mean squared error
 */
public record PriceScore(double mse, double persistenceMse) {

  /** 1 − MSE / persistence MSE: above 0 the model beats "no change", below 0 it is worse; NaN when undefined. */
  public double skill() {
    return skill(mse, persistenceMse);
  }

  /** 1 − mse / persistenceMse; NaN when either is NaN or the persistence MSE is 0. */
  public static double skill(double mse, double persistenceMse) {
    return persistenceMse > 0 ? 1 - mse / persistenceMse : Double.NaN;
  }
}
