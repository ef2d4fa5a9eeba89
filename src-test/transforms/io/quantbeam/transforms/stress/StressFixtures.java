package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.PnlDistribution;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.models.stress.TailRisk;
import io.quantbeam.models.stress.PortfolioSnapshot;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionView;

/** A small sample market, portfolio and covariance, and fingerprints of everything a report shows. */
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

  /** Every figure of one series, exactly (doubles by their bits). */
  static String fingerprint(int series, SeriesFigures f) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d[n=%d mean=%s std=%s min=%s max=%s", series,
        f.count(), Double.toHexString(f.mean()), Double.toHexString(f.standardDeviation()),
        Double.toHexString(f.min()), Double.toHexString(f.max())));
    for (TailRisk risk : f.tailRisks()) {
      s.append(" var").append(risk.level().text()).append('=').append(Double.toHexString(risk.valueAtRisk()))
          .append(" es").append(risk.level().text()).append('=').append(Double.toHexString(risk.expectedShortfall()));
    }
    s.append(" worst=").append(Arrays.toString(f.worst().scenarioIds())).append(']');
    return s.toString();
  }

  /** The fingerprints of every series of a distribution collated outside Beam. */
  static List<String> fingerprints(PnlDistribution d) {
    List<String> out = new java.util.ArrayList<>();
    for (int s = 0; s < d.seriesCount(); s++) {
      out.add(fingerprint(s, d.series(s).figures(LEVELS, 10)));
    }
    return out;
  }
}
