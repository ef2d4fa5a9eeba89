package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.PnlDistribution;
import io.quantbeam.models.stress.PnlSeries;
import io.quantbeam.models.stress.PortfolioSnapshot;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.models.stress.TopLosses;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionView;

/** A small sample market, portfolio and covariance, and a fingerprint of everything a report shows. */
final class StressFixtures {

  static final List<ConfidenceLevel> LEVELS = List.of(ConfidenceLevel.parse("0.95"), ConfidenceLevel.parse("0.99"),
      ConfidenceLevel.parse("0.975"));
  static final MarketData MARKET = SampleMarket.generate(7);
  static final PortfolioSnapshot PORTFOLIO = new PortfolioSnapshot(MARKET, SamplePortfolio.generate(MARKET, 60, 7));
  static final FactorCovariance COVARIANCE = SampleCovariance.generate(MARKET, 7, 10);
  static final long SEED = 2024;

  private StressFixtures() {}

  static RevaluationSettings settings(TestPipeline p, long scenarioBound) {
    PCollectionView<PortfolioSnapshot> portfolio = p
        .apply("Portfolio", Create.of(PORTFOLIO).withCoder(SerializableCoder.of(PortfolioSnapshot.class)))
        .apply("PortfolioView", View.asSingleton());
    PCollectionView<Long> bound = p.apply("Bound", Create.of(scenarioBound).withCoder(VarLongCoder.of()))
        .apply("BoundView", View.asSingleton());
    return new RevaluationSettings(portfolio, COVARIANCE.layout(), bound, LEVELS, 10);
  }

  /** Every figure of a report, exactly (doubles by their bits), per series. */
  static String fingerprint(PnlDistribution d) {
    StringBuilder s = new StringBuilder("N=" + d.scenarios());
    series(s, "total", d.total());
    for (int b = 0; b < d.books(); b++) {
      series(s, "book" + b, d.book(b));
    }
    return s.toString();
  }

  private static void series(StringBuilder s, String name, PnlSeries series) {
    s.append(String.format(Locale.ROOT, " %s[n=%d mean=%s std=%s min=%s max=%s", name, series.count(),
        Double.toHexString(series.mean()), Double.toHexString(series.standardDeviation()),
        Double.toHexString(series.min()), Double.toHexString(series.max())));
    for (ConfidenceLevel level : LEVELS) {
      var risk = series.tailRisk(level);
      s.append(" var").append(level.text()).append('=').append(Double.toHexString(risk.valueAtRisk()))
          .append(" es").append(level.text()).append('=').append(Double.toHexString(risk.expectedShortfall()));
    }
    TopLosses.Ranked worst = series.largestLosses();
    int n = Math.min(10, worst.size());
    s.append(" worst=").append(Arrays.toString(Arrays.copyOf(worst.scenarioIds(), n))).append(']');
  }
}
