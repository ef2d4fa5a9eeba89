package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.Drift;
import io.quantbeam.models.merton.Estimation;
import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonSettings;
import java.util.Arrays;
import java.util.Locale;

/** Turns the string options of {@link MertonOptions} into model settings; errors name the option. */
final class MertonRunSettings {

  private MertonRunSettings() {}

  static MertonSettings from(MertonOptions options) {
    return new MertonSettings(method(options.getMethod()), horizons(options.getHorizons()),
        estimation(options.getEstimation()), drift(options.getDrift()));
  }

  static MertonMethod method(String value) {
    String v = normalise(value);
    return switch (v) {
      case "trailing_window" -> MertonMethod.TRAILING_WINDOW;
      case "iterative" -> MertonMethod.ITERATIVE;
      case "naive" -> MertonMethod.NAIVE;
      default -> throw new IllegalArgumentException(
          "--method must be trailing_window, iterative or naive, got '" + value + "'");
    };
  }

  static Estimation estimation(String value) {
    return switch (normalise(value)) {
      case "daily" -> Estimation.DAILY;
      case "monthly" -> Estimation.MONTHLY;
      default -> throw new IllegalArgumentException("--estimation must be daily or monthly, got '" + value + "'");
    };
  }

  static Drift drift(String value) {
    return switch (normalise(value)) {
      case "empirical" -> Drift.EMPIRICAL;
      case "riskfree", "risk_free" -> Drift.RISK_FREE;
      default -> throw new IllegalArgumentException("--drift must be empirical or riskfree, got '" + value + "'");
    };
  }

  static double[] horizons(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--horizons must list at least one horizon in years, e.g. 1,2,3,4,5");
    }
    try {
      double[] horizons = Arrays.stream(value.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
      for (double h : horizons) {
        if (!(h > 0) || Double.isInfinite(h)) {
          throw new IllegalArgumentException("--horizons must be positive numbers of years, got '" + value + "'");
        }
      }
      if (Arrays.stream(horizons).distinct().count() != horizons.length) {
        throw new IllegalArgumentException("--horizons lists a horizon twice: '" + value + "'");
      }
      return horizons;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--horizons must be numbers of years separated by commas, got '" + value + "'");
    }
  }

  private static String normalise(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
  }
}
