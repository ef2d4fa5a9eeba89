package io.quantbeam.models.stress;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the single-thread speed of the array revaluation on the built-in sample (1,000 positions,
 * 72 factors, 10-day covariance): ns per position and scenario by position type, position
 * revaluations per second for the whole portfolio, and the cost of generating a scenario.
 *
 * <pre>mvn -q -pl models compile exec:java -Dexec.skip=false -Dexec.mainClass=io.quantbeam.models.stress.RevaluationBenchmark</pre>
 */
public final class RevaluationBenchmark {

  private static final int SHARD = 4000;
  private static final int ROUNDS = 7;

  private RevaluationBenchmark() {}

  public static void main(String[] args) {
    long seed = 42;
    MarketData market = SampleMarket.generate(seed);
    List<Position> portfolio = SamplePortfolio.generate(market, 1000, seed);
    FactorCovariance covariance = SampleCovariance.generate(market, seed, 10);
    CorrelatedShockGenerator generator = new CorrelatedShockGenerator(covariance.layout(), covariance.matrix(), seed);

    double generateNanos = Double.MAX_VALUE;
    ShockBlock block = null;
    for (int round = 0; round < ROUNDS; round++) {
      long started = System.nanoTime();
      block = generator.generate((long) round * SHARD, SHARD).build();
      generateNanos = Math.min(generateNanos, (double) (System.nanoTime() - started) / SHARD);
    }
    System.out.printf(Locale.ROOT, "scenario generation: %.2f µs per scenario (%d factors)%n", generateNanos / 1e3,
        covariance.layout().size());

    Map<PositionType, Double> nanosByType = new EnumMap<>(PositionType.class);
    for (PositionType type : PositionType.values()) {
      List<Position> ofType = portfolio.stream().filter(p -> p.type() == type).toList();
      double ns = bestNanosPerRevaluation(new PortfolioRevaluer(market, ofType, covariance.layout()), block);
      nanosByType.put(type, ns);
      System.out.printf(Locale.ROOT, "%-7s %4d positions  %7.1f ns per position and scenario%n", type, ofType.size(), ns);
    }
    double all = bestNanosPerRevaluation(new PortfolioRevaluer(market, portfolio, covariance.layout()), block);
    System.out.printf(Locale.ROOT, "all     %4d positions  %7.1f ns per position and scenario = %.1f million position "
        + "revaluations per second on one core%n", portfolio.size(), all, 1e3 / all);
  }

  private static double bestNanosPerRevaluation(PortfolioRevaluer revaluer, ShockBlock block) {
    double best = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long started = System.nanoTime();
      revaluer.revalue(block);
      best = Math.min(best, (double) (System.nanoTime() - started) / block.size() / Math.max(1, revaluer.positions()));
    }
    return best;
  }
}
