package io.quantbeam.transforms.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.FeatureMatrix;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.MeanSquaredError;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.RandomForest;
import io.quantbeam.models.forest.RandomForestLearner;
import io.quantbeam.models.forest.SplitRule;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.models.forest.TreeSeeds;
import io.quantbeam.models.forest.TypicalPriceFeatures;
import io.quantbeam.transforms.testing.TestPipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid search in a pipeline gives exactly what the spec's workflow gives when done by hand with the models. */
class GridSearchForestsTest {

  private static final long SEED = 11;
  private static final List<TreeParameters> GRID = List.of(TreeParameters.of(3, 5), TreeParameters.of(6, 25));
  private static final int SUB_FORESTS = 2;
  private static final int FINAL_SUB_FORESTS = 3;
  private static final int TREES = 3;

  /** What the workflow gives for one symbol, computed directly. */
  private record Expected(double[] gridMse, int best, double testMse, RandomForest finalForest) {}

  private static Expected byHand(BarSeries series) {
    PreparedSymbol p = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(series, SEED);
    RandomForestLearner learner = RandomForestLearner.bootstrap();
    double[] mse = new double[GRID.size()];
    int best = 0;
    for (int g = 0; g < GRID.size(); g++) {
      mse[g] = MeanSquaredError.of(averaged(learner, p.train(), p.validation(), g, SUB_FORESTS, null), p.validation().targetsCopy());
      if (mse[g] < mse[best]) {
        best = g;
      }
    }
    List<RandomForest> parts = new ArrayList<>();
    double[] test = averaged(learner, p.trainAndValidation(), p.test(), best, FINAL_SUB_FORESTS, parts);
    return new Expected(mse, best, MeanSquaredError.of(test, p.test().targetsCopy()), RandomForest.union(parts));
  }

  /** Mean of the sub-forests' mean predictions, in sub-forest order. */
  private static double[] averaged(RandomForestLearner learner, FeatureMatrix train, FeatureMatrix scored, int g, int subForests,
      List<RandomForest> keep) {
    double[] sum = new double[scored.rows()];
    for (int k = 0; k < subForests; k++) {
      RandomForest forest = learner.train(train, GRID.get(g), TreeSeeds.subForestSeeds(SEED, "SBIN", g, k, TREES));
      if (keep != null) {
        keep.add(forest);
      }
      double[] p = forest.predict(scored);
      for (int r = 0; r < sum.length; r++) {
        sum[r] += p[r];
      }
    }
    for (int r = 0; r < sum.length; r++) {
      sum[r] /= subForests;
    }
    return sum;
  }

  @Test
  void pipelineMatchesTheWorkflowDoneByHandAndReportsSmallSymbols(@TempDir Path dir) throws Throwable {
    BarSeries sbin = new MinuteBarGenerator(LocalDate.of(2023, 3, 1), 3, 0.05, 5).generate("SBIN");
    BarSeries tiny = new MinuteBarGenerator(LocalDate.of(2023, 3, 1), 1, 0.05, 5).generate("TINY").tail(40);
    Expected expected = byHand(sbin);
    String models = dir.resolve("models").toString();
    ForestSettings settings = new ForestSettings(GRID, SUB_FORESTS, FINAL_SUB_FORESTS, TREES, SEED,
        FeatureLayout.pricesOnly(), 100, dir.resolve("work").toString(), models, SplitRule.hash());
    PipelineResult[] run = new PipelineResult[1];
    double[] gridMse = expected.gridMse();
    int best = expected.best();
    double testMse = expected.testMse();

    TestPipelines.run(getClass(), "grid", p -> {
      PCollection<SymbolResult> results = p
          .apply(Create.of(sbin, tiny).withCoder(BarSeriesCoder.of()))
          .apply(new GridSearchForests(settings));
      PAssert.that(results).satisfies(all -> {
        Map<String, SymbolResult> bySymbol = new HashMap<>();
        all.forEach(r -> bySymbol.put(r.symbol(), r));
        assertEquals(2, bySymbol.size());

        SymbolResult r = bySymbol.get("SBIN");
        assertEquals(SymbolResult.Status.TRAINED, r.status());
        assertEquals(GRID.size(), r.grid().size());
        for (int g = 0; g < GRID.size(); g++) {
          assertEquals(g, r.grid().get(g).gridPoint());
          assertEquals(gridMse[g], r.grid().get(g).validationMse(), 0.0, "grid point " + g);
          assertEquals(SUB_FORESTS * TREES, r.grid().get(g).trees());
        }
        assertEquals(best, r.bestGridPoint());
        assertEquals(GRID.get(best), r.best());
        assertEquals(testMse, r.testMse(), 0.0);
        assertEquals(FINAL_SUB_FORESTS * TREES, r.finalTrees());
        assertEquals(ForestFiles.modelPath(models, "SBIN"), r.modelPath());

        SymbolResult small = bySymbol.get("TINY");
        assertEquals(SymbolResult.Status.INSUFFICIENT_DATA, small.status());
        assertTrue(small.detail().startsWith("too little data: 40 bars give"), small.detail());
        assertTrue(Double.isNaN(small.testMse()) && small.grid().isEmpty() && small.modelPath().isEmpty());
        return null;
      });
      run[0] = p.run();
    });

    ForestModel saved = ForestFiles.readModel(ForestFiles.modelPath(models, "SBIN"));
    assertEquals(expected.finalForest(), saved.forest(), "the saved model is the final sub-forests, assembled");
    assertEquals(GRID.get(expected.best()), saved.parameters());
    assertEquals(expected.best(), saved.gridPoint());
    PreparedSymbol p = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(sbin, SEED);
    assertEquals(p.train().rows() + p.validation().rows(), saved.trainingRows());
    assertArrayEquals(expected.finalForest().predict(p.test()), saved.forest().predict(p.test()), 0.0);

    assertEquals(1, counter(run[0], "prepared_loads"), "matrices are read once per worker JVM");
    assertEquals((long) GRID.size() * SUB_FORESTS + FINAL_SUB_FORESTS, counter(run[0], ForestMetrics.SUB_FORESTS));
    try (var files = Files.walk(dir.resolve("models"))) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".tmp-")), "no temporary model file is left");
    }
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ForestMetrics.NAMESPACE, name)).build()).getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

}
