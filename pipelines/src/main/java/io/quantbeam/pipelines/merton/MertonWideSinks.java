package io.quantbeam.pipelines.merton;

import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.pipelines.io.OutputTable;

/**
 * The wide output layout ({@code --layout=wide}), like the published study's {@code Va_1 … Va_5}:
 * one row per firm and date, a group of columns per horizon h —
 * firm_id, date, method, then for each horizon {@code asset_value_<h>}, {@code asset_volatility_<h>},
 * {@code distance_to_default_<h>} (null when unlevered), {@code default_probability_<h>},
 * {@code solves_<h>}, {@code converged_<h>}, with h in years ({@code 1}, {@code 0_5} for half a
 * year). Same values as the long layout; a fifth of the rows, and firm_id, date and method are
 * written once per firm-day instead of once per horizon, which halves the Parquet writer's work.
 */
final class MertonWideSinks {

  private MertonWideSinks() {}

  /** 1 → "1", 0.5 → "0_5": a column-name suffix valid in Parquet, Avro and SQL. */
  static String suffix(double horizon) {
    String text = horizon == Math.rint(horizon) ? Long.toString((long) horizon) : Double.toString(horizon);
    return text.replace('.', '_');
  }

  static OutputTable<MertonResult> table(double[] horizons) {
    double[] hs = horizons.clone();
    int h = hs.length;
    OutputTable.Builder<MertonResult> table = OutputTable.<MertonResult>named("merton_result_wide",
            r -> firmDays(r, hs))
        .text("firm_id", (r, d) -> r.firmId())
        .date("date", (r, d) -> r.epochDay()[d * h])
        .text("method", (r, d) -> MertonResultSinks.methodName(r));
    for (int k = 0; k < h; k++) {
      int at = k;
      String s = suffix(hs[k]);
      table = table
          .float64("asset_value_" + s, (r, d) -> r.assetValue()[d * h + at])
          .float64("asset_volatility_" + s, (r, d) -> r.assetVolatility()[d * h + at])
          .optionalFloat64("distance_to_default_" + s, (r, d) -> r.distanceToDefault()[d * h + at])
          .float64("default_probability_" + s, (r, d) -> r.defaultProbability()[d * h + at])
          .int32("solves_" + s, (r, d) -> r.solves()[d * h + at])
          .bool("converged_" + s, (r, d) -> r.converged()[d * h + at]);
    }
    return table.build();
  }

  /**
   * Rows of a result per firm-day; checks that each date carries every horizon in order, which
   * every method produces (results are ordered by date, then horizon).
   */
  private static int firmDays(MertonResult r, double[] horizons) {
    int h = horizons.length;
    if (r.rows() % h != 0) {
      throw new IllegalStateException("firm " + r.firmId() + ": " + r.rows() + " result rows are not whole days of "
          + h + " horizons");
    }
    for (int i = 0; i < r.rows(); i++) {
      if (r.horizonYears()[i] != horizons[i % h] || r.epochDay()[i] != r.epochDay()[i - i % h]) {
        throw new IllegalStateException("firm " + r.firmId() + ": result row " + i + " breaks the date-then-horizon order");
      }
    }
    return r.rows() / h;
  }
}
