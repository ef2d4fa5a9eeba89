package io.quantbeam.transforms.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.forest.BarSeries;
import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.MinuteBarGenerator;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.RandomForestLearner;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.models.forest.TreeSeeds;
import io.quantbeam.models.forest.TypicalPriceFeatures;
import io.quantbeam.transforms.testing.TestPipelines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreBarsTest {

  @Test
  void predictsEveryBarWithLagsAndReportsSymbolsWithoutAModel(@TempDir Path dir) throws Throwable {
    MinuteBarGenerator generator = new MinuteBarGenerator(LocalDate.of(2023, 6, 5), 2, 0.05, 3);
    BarSeries history = generator.generate("ITC");
    PreparedSymbol prepared = new TypicalPriceFeatures(FeatureLayout.pricesOnly()).prepare(history, 3);
    TreeParameters parameters = TreeParameters.of(4, 5);
    ForestModel model = new ForestModel("ITC", prepared.train().featureNames(), parameters, 3, 0, prepared.train().rows(),
        RandomForestLearner.bootstrap().train(prepared.train(), parameters, TreeSeeds.subForestSeeds(3, "ITC", 0, 0, 4)));
    String path = dir.resolve("ITC.qbrf").toString();
    ForestFiles.writeModel(path, model);

    BarSeries fresh = history.tail(60);
    double[] expected = new double[50];
    FeatureLayout layout = FeatureLayout.pricesOnly();
    double[] row = new double[layout.featureCount()];
    for (int r = 0; r < expected.length; r++) {
      layout.features(fresh, r + FeatureLayout.LAGS, row);
      expected[r] = model.predict(row);
    }
    double lastPrice = fresh.typicalPrice(59);
    double firstActual = fresh.typicalPrice(11);
    BarSeries other = generator.generate("WIPRO").tail(30);

    TestPipelines.run(getClass(), "score", p -> {
      PCollection<ScoredSeries> scored = p
          .apply(Create.of(fresh, other).withCoder(BarSeriesCoder.of()))
          .apply(new ScoreBars(Map.of("ITC", path), Map.of("ITC", FeatureLayout.pricesOnly())));
      PAssert.that(scored).satisfies(all -> {
        Map<String, ScoredSeries> bySymbol = new HashMap<>();
        all.forEach(s -> bySymbol.put(s.symbol(), s));
        ScoredSeries itc = bySymbol.get("ITC");
        assertEquals(ScoredSeries.SCORED, itc.status());
        assertEquals(50, itc.size());
        for (int r = 0; r < 50; r++) {
          assertEquals(expected[r], itc.predicted()[r], 0.0, "row " + r);
        }
        assertEquals(firstActual, itc.actual()[0], 0.0);
        assertEquals(lastPrice, itc.typicalPrice()[49], 0.0);
        assertTrue(Double.isNaN(itc.actual()[49]), "the last bar's next minute is unknown");
        assertEquals(49, itc.rowsWithActual());

        ScoredSeries wipro = bySymbol.get("WIPRO");
        assertEquals(ScoredSeries.NO_MODEL, wipro.status());
        assertEquals(30, wipro.bars());
        assertEquals(0, wipro.size());
        return null;
      });
      p.run();
    });
  }
}
