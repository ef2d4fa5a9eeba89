package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.PriceScore;
import io.quantbeam.models.forest.TreeParameters;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The outcome for one symbol: trained (best grid point, validation and test MSE, model file) or
 * reported as having too little data (with why), plus its grid table.
 *
 * @param best the best grid point's parameters; null when not trained
 * @param validationMse the best grid point's validation MSE; NaN when not trained
 * @param testMse the final model's test MSE; NaN when not trained
 * @param modelPath the saved model; empty when not trained
 * @param trainSeconds seconds spent growing all of the symbol's trees
 * @param detail why a symbol was not trained; empty when it was
 * @param validationPersistenceMse the persistence forecast's MSE on the validation rows; NaN when not trained
 * @param testPersistenceMse the persistence forecast's MSE on the test rows; NaN when not trained
 * @param featureNames the model's features, in column order; empty when not trained
 * @param impurityImportance per feature, the final model's mean decrease in impurity (sums to 1); empty when not
 *     trained
 * @param permutationImportance per feature, the rise in the final model's test MSE (squared price units) when the
 *     feature's test column is shuffled; empty when not trained
 */
@DefaultCoder(ForestCoders.SymbolResultCoder.class)
public record SymbolResult(String symbol, Status status, int bars, int trainRows, int validationRows, int testRows,
    int bestGridPoint, TreeParameters best, double validationMse, double testMse, int finalTrees, String modelPath,
    double trainSeconds, String detail, List<GridPointResult> grid, double validationPersistenceMse,
    double testPersistenceMse, List<String> featureNames, double[] impurityImportance,
    double[] permutationImportance) {

  /** Whether a symbol was trained. */
  public enum Status {
    TRAINED,
    INSUFFICIENT_DATA
  }

  public SymbolResult {
    grid = List.copyOf(grid);
    featureNames = List.copyOf(featureNames);
    if (impurityImportance.length != featureNames.size() || permutationImportance.length != featureNames.size()) {
      throw new IllegalArgumentException("one importance per feature expected");
    }
  }

  /** 1 − validation MSE / persistence MSE at the best grid point. */
  public double validationSkill() {
    return PriceScore.skill(validationMse, validationPersistenceMse);
  }

  /** 1 − test MSE / persistence MSE of the final model: below 0 it forecasts worse than "no change". */
  public double testSkill() {
    return PriceScore.skill(testMse, testPersistenceMse);
  }

  static SymbolResult insufficient(String symbol, int bars, int trainRows, int validationRows, int testRows, String detail) {
    return new SymbolResult(symbol, Status.INSUFFICIENT_DATA, bars, trainRows, validationRows, testRows, -1, null,
        Double.NaN, Double.NaN, 0, "", 0, detail, List.of(), Double.NaN, Double.NaN,
        List.of(), new double[0], new double[0]);
  }
}
