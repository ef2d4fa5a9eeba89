package io.quantbeam.models.merton;

/** The output columns of one firm, filled row by row, then handed to a {@link MertonResult}. */
final class ResultColumns {

  private final long[] epochDay;
  private final double[] horizonYears;
  private final double[] assetValue;
  private final double[] assetVolatility;
  private final double[] distanceToDefault;
  private final double[] defaultProbability;
  private final int[] solves;
  private final boolean[] converged;

  ResultColumns(int rows) {
    epochDay = new long[rows];
    horizonYears = new double[rows];
    assetValue = new double[rows];
    assetVolatility = new double[rows];
    distanceToDefault = new double[rows];
    defaultProbability = new double[rows];
    solves = new int[rows];
    converged = new boolean[rows];
  }

  void set(int row, long day, double horizon, double value, double annualVolatility, double dd, int solveCount, boolean ok) {
    epochDay[row] = day;
    horizonYears[row] = horizon;
    assetValue[row] = value;
    assetVolatility[row] = annualVolatility;
    distanceToDefault[row] = dd;
    defaultProbability[row] = MertonWindow.defaultProbability(dd);
    solves[row] = solveCount;
    converged[row] = ok;
  }

  MertonResult build(String firmId, MertonMethod method) {
    long total = 0;
    for (int s : solves) {
      total += s;
    }
    return new MertonResult(firmId, method, epochDay, horizonYears, assetValue, assetVolatility, distanceToDefault,
        defaultProbability, solves, converged, total, false);
  }
}
