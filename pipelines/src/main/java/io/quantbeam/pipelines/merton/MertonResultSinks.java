package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonMethod;
import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.pipelines.io.OutputTable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Merton output table of specs/merton.md, in the spec's column order: firm_id, date,
 * horizon_years, method, asset_value, asset_volatility (annualised), distance_to_default (null when
 * the firm is unlevered), default_probability, solves, converged. One firm's result per batch.
 */
final class MertonResultSinks {

  private static final Map<MertonMethod, String> METHOD_NAMES = new EnumMap<>(MertonMethod.class);

  static {
    for (MertonMethod method : MertonMethod.values()) {
      METHOD_NAMES.put(method, method.name().toLowerCase(Locale.ROOT));
    }
  }

  static final OutputTable<MertonResult> TABLE = OutputTable.<MertonResult>named("merton_result", MertonResult::rows)
      .text("firm_id", (r, i) -> r.firmId())
      .date("date", (r, i) -> r.epochDay()[i])
      .wholeFloat64("horizon_years", false, (r, i) -> r.horizonYears()[i])
      .text("method", (r, i) -> methodName(r))
      .float64("asset_value", (r, i) -> r.assetValue()[i])
      .float64("asset_volatility", (r, i) -> r.assetVolatility()[i])
      .optionalFloat64("distance_to_default", (r, i) -> r.distanceToDefault()[i])
      .float64("default_probability", (r, i) -> r.defaultProbability()[i])
      .int32("solves", (r, i) -> r.solves()[i])
      .bool("converged", (r, i) -> r.converged()[i])
      .build();

  static final String CSV_HEADER = TABLE.csvHeader();

  private MertonResultSinks() {}

  /** The method as written in the output: the option's spelling. */
  static String methodName(MertonResult result) {
    return METHOD_NAMES.get(result.method());
  }
}
