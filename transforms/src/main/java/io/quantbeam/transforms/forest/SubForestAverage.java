package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.ForecastTarget;
import io.quantbeam.models.forest.PriceRows;
import io.quantbeam.models.forest.PriceScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sub-forests of one forest, in sub-forest order: their predictions averaged (the mean of
 * the sub-forests' means, summed in sub-forest order so that every runner gets the same bits),
 * and the seconds they took. Checks that every expected sub-forest arrived exactly once.
 */
final class SubForestAverage {

  private final List<SubForestResult> parts;

  SubForestAverage(Iterable<SubForestResult> results, int expected, String what) {
    parts = new ArrayList<>();
    results.forEach(parts::add);
    parts.sort(Comparator.comparingInt(SubForestResult::subForest));
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).subForest() != i) {
        throw new IllegalStateException(what + ": sub-forest " + i + " is missing or repeated");
      }
    }
    if (parts.size() != expected) {
      throw new IllegalStateException(what + ": expected " + expected + " sub-forests, got " + parts.size());
    }
  }

  List<SubForestResult> parts() {
    return parts;
  }

  double[] predictions() {
    double[] mean = new double[parts.get(0).predictions().length];
    for (SubForestResult part : parts) {
      double[] p = part.predictions();
      for (int r = 0; r < mean.length; r++) {
        mean[r] += p[r];
      }
    }
    for (int r = 0; r < mean.length; r++) {
      mean[r] /= parts.size();
    }
    return mean;
  }

  /** The averaged predictions scored on the price scale against the persistence forecast. */
  PriceScore score(PriceRows prices, ForecastTarget target) {
    return prices.score(predictions(), target);
  }

  double seconds() {
    double total = 0;
    for (SubForestResult part : parts) {
      total += part.seconds();
    }
    return total;
  }

  int trees() {
    int total = 0;
    for (SubForestResult part : parts) {
      total += part.trees();
    }
    return total;
  }
}
