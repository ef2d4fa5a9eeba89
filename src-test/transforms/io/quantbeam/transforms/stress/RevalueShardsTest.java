package io.quantbeam.transforms.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PnlDistribution;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.models.stress.CorrelatedShockGenerator;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RevalueShardsTest {

  private static final int SCENARIOS = 97;

  /** The whole run in one block, straight from the models: what every sharding must reproduce. */
  private static PnlDistribution direct() {
    PortfolioRevaluer revaluer = StressFixtures.PORTFOLIO.revaluer(StressFixtures.COVARIANCE.layout());
    ShockBlock block = new CorrelatedShockGenerator(StressFixtures.COVARIANCE.layout(),
        StressFixtures.COVARIANCE.matrix(), StressFixtures.SEED).generate(0, SCENARIOS).build();
    PnlDistribution d = new PnlDistribution(revaluer.books().size(),
        PnlDistribution.tailCapacity(StressFixtures.LEVELS, SCENARIOS, 10));
    d.add(revaluer.revalue(block));
    return d;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 5000})
  void collatedFiguresAreIdenticalForAnyShardSize(int shardSize) throws Throwable {
    List<String> expected = StressFixtures.fingerprints(direct());
    TestPipelines.run(getClass(), "shardSize" + shardSize, p -> {
      RevaluationSettings settings = StressFixtures.settings(p, SCENARIOS);
      PCollectionTuple out = p.apply("Shard", new ShardScenarios(SCENARIOS, shardSize))
          .apply("Revalue", RevalueShards.generated(StressFixtures.COVARIANCE, StressFixtures.SEED, settings));
      PCollection<KV<Integer, SeriesFigures>> collated = out.get(RevalueShards.SERIES)
          .apply("Collate", new CollatePnl(StressFixtures.LEVELS, 10));
      PAssert.that(collated.apply("Fingerprint", MapElements.into(TypeDescriptors.strings())
          .via(kv -> StressFixtures.fingerprint(kv.getKey(), kv.getValue())))).containsInAnyOrder(expected);
      PAssert.that(out.get(RevalueShards.REJECTED)).empty();
      PAssert.thatSingleton(out.get(RevalueShards.PNL).apply("Rows", MapElements.into(TypeDescriptors.longs())
          .via((PnlBlock b) -> (long) b.size())).apply("SumRows", org.apache.beam.sdk.transforms.Sum.longsGlobally()))
          .isEqualTo((long) SCENARIOS);
      p.run().waitUntilFinish();
    });
  }

  @Test
  void histogramCountsEveryScenarioOnEdgesFromTheExactExtremes() throws Throwable {
    double min = direct().total().min();
    double max = direct().total().max();
    TestPipelines.run(getClass(), "histogram", p -> {
      RevaluationSettings settings = StressFixtures.settings(p, SCENARIOS);
      PCollectionTuple out = p.apply("Shard", new ShardScenarios(SCENARIOS, 50))
          .apply("Revalue", RevalueShards.generated(StressFixtures.COVARIANCE, StressFixtures.SEED, settings));
      var figures = out.get(RevalueShards.SERIES).apply("Collate", new CollatePnl(StressFixtures.LEVELS, 10));
      PAssert.thatSingleton(out.get(RevalueShards.PNL)
          .apply("Histogram", new PnlHistogram(PnlHistogram.edgesView(figures, 20))))
          .satisfies(h -> {
            assertEquals(SCENARIOS, h.total());
            assertEquals(21, h.edges().length);
            assertEquals(min, h.edges()[0], 0.0);
            assertEquals(max, h.edges()[20], 0.0);
            return null;
          });
      p.run().waitUntilFinish();
    });
  }

  @Test
  void unusableScenariosAreDeadLetteredAndNotCounted() throws Throwable {
    ScenarioLayout layout = new ScenarioLayout(List.of("EQUITY_SPX", "RATE_USD_10Y"));
    TestPipelines.run(getClass(), "deadLetters", p -> {
      RevaluationSettings base = StressFixtures.settings(p, 10);
      RevaluationSettings settings = new RevaluationSettings(base.portfolio(), layout, base.scenarioBound(),
          base.levels(), 10);
      List<KV<Integer, Iterable<ScenarioRow>>> shards = new ArrayList<>();
      shards.add(KV.of(0, List.of(
          new ScenarioRow(3, new double[] {0.01, 0.001}),
          new ScenarioRow(1, new double[] {-0.02, 0.0}),
          new ScenarioRow(2, new double[] {0.0, -100.0}),      // exp(+3000): P&L overflows
          new ScenarioRow(4, new double[] {0.05, 0.0}),
          new ScenarioRow(4, new double[] {0.05, 0.0}))));     // duplicate id: both rejected
      PCollectionTuple out = p
          .apply(Create.of(shards).withCoder(KvCoder.of(VarIntCoder.of(),
              org.apache.beam.sdk.coders.IterableCoder.of(StressCoders.scenarioRow()))))
          .apply("Revalue", RevalueShards.fromRows(settings, p.apply("Duplicates",
              Create.of(KV.of(4L, 2)).withCoder(KvCoder.of(VarLongCoder.of(), VarIntCoder.of()))).apply("DupView",
              View.asMap())));
      PAssert.that(out.get(RevalueShards.REJECTED).apply("Reasons", MapElements.into(TypeDescriptors.strings())
          .via(DeadLetter::reason)))
          .containsInAnyOrder(RevalueShards.NON_FINITE_PNL, RevalueShards.DUPLICATE_SCENARIO_ID,
              RevalueShards.DUPLICATE_SCENARIO_ID);
      PAssert.thatSingleton(out.get(RevalueShards.PNL)).satisfies(block -> {
        assertEquals(List.of(1L, 3L), java.util.Arrays.stream(block.scenarioIds()).boxed().toList());
        return null;
      });
      p.run().waitUntilFinish();
    });
  }

  @Test
  void generatedShocksAtOrBelowMinusOneAreDeadLettered() throws Throwable {
    // 80 % equity volatility over the horizon: a few relative shocks fall to −1 or below.
    ScenarioLayout layout = new ScenarioLayout(List.of("EQUITY_SPX"));
    FactorCovariance wild = new FactorCovariance(layout, new double[][] {{0.64}});
    TestPipelines.run(getClass(), "generatedDeadLetters", p -> {
      RevaluationSettings base = StressFixtures.settings(p, 2000);
      RevaluationSettings settings = new RevaluationSettings(base.portfolio(), layout, base.scenarioBound(),
          base.levels(), 10);
      PCollectionTuple out = p.apply("Shard", new ShardScenarios(2000, 300))
          .apply("Revalue", RevalueShards.generated(wild, 1, settings));
      PCollection<Long> rejected = out.get(RevalueShards.REJECTED).apply("CountRejected", Count.globally());
      PCollection<KV<Integer, SeriesFigures>> collated = out.get(RevalueShards.SERIES)
          .apply("Collate", new CollatePnl(StressFixtures.LEVELS, 10));
      long expectedRejections = new CorrelatedShockGenerator(layout, wild.matrix(), 1).generate(0, 2000)
          .rejections().size();
      assertTrue(expectedRejections > 100, "the test needs rejections, got " + expectedRejections);
      PAssert.thatSingleton(rejected).isEqualTo(expectedRejections);
      PAssert.thatSingleton(collated
          .apply("Total", org.apache.beam.sdk.transforms.Filter.by(kv -> kv.getKey() == 0))
          .apply("N", MapElements.into(TypeDescriptors.longs()).via(kv -> kv.getValue().count())))
          .isEqualTo(2000 - expectedRejections);
      p.run().waitUntilFinish();
    });
  }

  @Test
  void rowsAreCutIntoShardsOfAtMostTheShardSizeAndDuplicateIdsAreFoundAcrossThem() throws Throwable {
    TestPipelines.run(getClass(), "grouping", p -> {
      List<ScenarioRow> rows = new ArrayList<>();
      java.util.Random random = new java.util.Random(9);
      java.util.Map<Long, Integer> expectedDuplicates = new java.util.HashMap<>();
      for (int i = 0; i < 20_000; i++) {
        long id = random.nextLong();  // sparse over the whole long range, negative ones too
        rows.add(new ScenarioRow(id, new double[] {i}, "f", i + 2));
        if (i % 1000 == 0) {
          rows.add(new ScenarioRow(id, new double[] {i}, "g", i + 2));
          expectedDuplicates.put(id, 2);
        }
      }
      PCollection<ScenarioRow> input = p.apply(Create.of(rows).withCoder(StressCoders.scenarioRow()));
      PCollectionView<Long> count = p.apply("Count", Create.of(20_020L)).apply("CountView", View.asSingleton());
      PCollection<KV<Integer, Iterable<ScenarioRow>>> shards = input.apply("Cut", new GroupScenariosIntoShards(1000));
      PAssert.that(shards).satisfies(all -> {
        long total = 0;
        for (KV<Integer, Iterable<ScenarioRow>> shard : all) {
          int n = 0;
          for (ScenarioRow ignored : shard.getValue()) {
            n++;
          }
          assertTrue(n >= 1 && n <= 1000, "shard of " + n + " rows");
          assertEquals(shard.getKey(), n, "the key is the shard's size");
          total += n;
        }
        assertEquals(20_020, total);
        return null;
      });
      PCollectionView<java.util.Map<Long, Integer>> duplicates = input.apply("Duplicates", new FindDuplicateIds(count));
      PAssert.thatSingleton(p.apply("Probe", Create.of(0))
          .apply("Read", org.apache.beam.sdk.transforms.ParDo.of(new ReadView(duplicates)).withSideInputs(duplicates)))
          .isEqualTo(expectedDuplicates);
      p.run().waitUntilFinish();
    });
  }

  @Test
  void shardOfAnIdDependsOnlyOnTheIdAndTheShardCount() {
    assertEquals(ScenarioShardKey.shardOf(123456789012345L, 17), ScenarioShardKey.shardOf(123456789012345L, 17));
    assertEquals(1, ScenarioShardKey.shardCount(0, 4000));
    assertEquals(250, ScenarioShardKey.shardCount(1_000_000, 4000));
    assertEquals(251, ScenarioShardKey.shardCount(1_000_001, 4000));
    for (long id = -50; id < 50; id++) {
      int s = ScenarioShardKey.shardOf(id, 7);
      assertTrue(s >= 0 && s < 7);
    }
  }

  /** Emits the side input's map once. */
  private static final class ReadView extends org.apache.beam.sdk.transforms.DoFn<Integer, java.util.Map<Long, Integer>> {
    private final PCollectionView<java.util.Map<Long, Integer>> view;

    ReadView(PCollectionView<java.util.Map<Long, Integer>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(new java.util.HashMap<>(c.sideInput(view)));
    }
  }
}
