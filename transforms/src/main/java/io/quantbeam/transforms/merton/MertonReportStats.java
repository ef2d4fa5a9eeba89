package io.quantbeam.transforms.merton;

import java.io.Serializable;
import java.util.List;

/**
 * What a Merton run report shows, computed exactly from all results: the cross-section of
 * distance to default per calendar month (quartiles over firms, each firm's last value in the
 * month, first horizon), and the default-probability term structure of the firms that are riskiest
 * on their last date.
 *
 * @param horizonsYears the run's horizons, in order
 * @param months calendar months as yyyymm, ascending
 * @param firmsPerMonth how many firms had a distance to default in each month
 * @param lowerQuartile 25th percentile of distance to default per month
 * @param median 50th percentile per month
 * @param upperQuartile 75th percentile per month
 * @param riskiest firms with the highest first-horizon default probability on their last date
 */
public record MertonReportStats(double[] horizonsYears, int[] months, int[] firmsPerMonth, double[] lowerQuartile,
    double[] median, double[] upperQuartile, List<FirmTermStructure> riskiest) implements Serializable {

  /** A firm's default probabilities on its last date, one per horizon. */
  public record FirmTermStructure(String firmId, long epochDay, double[] defaultProbability) implements Serializable {}
}
