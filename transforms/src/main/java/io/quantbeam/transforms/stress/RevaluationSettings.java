package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.PortfolioSnapshot;
import io.quantbeam.models.stress.ScenarioLayout;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * What every shard's revaluation needs besides its scenarios.
 *
 * @param portfolio the positions and base market, as a side input
 * @param layout the factors the scenarios shock, in column order
 * @param scenarioBound an upper bound on N (the scenarios that will be evaluated), as a side input:
 *     it sizes the tails each shard keeps, since m = ⌈(1 − α)·N⌉ grows with N
 * @param levels every VaR and ES level the report needs
 * @param worstToList how many worst scenarios the report lists
 */
public record RevaluationSettings(PCollectionView<PortfolioSnapshot> portfolio, ScenarioLayout layout,
    PCollectionView<Long> scenarioBound, List<ConfidenceLevel> levels, int worstToList) implements Serializable {

  public RevaluationSettings {
    levels = List.copyOf(levels);
  }
}
