package io.quantbeam.models.forest;

/** Mean of squared differences between predictions and actual values (in squared target units). */
public final class MeanSquaredError {

  private MeanSquaredError() {}

  public static double of(double[] predicted, double[] actual) {
    if (predicted.length != actual.length) {
      throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " actual values");
    }
    if (actual.length == 0) {
      throw new IllegalArgumentException("mean squared error of no values");
    }
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      double error = predicted[i] - actual[i];
      sum += error * error;
    }
    return sum / actual.length;
  }
}
