package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.transforms.deadletter.DeadLetter;
import java.io.Serializable;
import java.util.List;

/**
 * What the report needs that is known before the run: the base values (computed once from the
 * portfolio and market), the books, the levels, the rejected positions and a description of the
 * scenarios.
 */
record ReportContext(String baseCurrency, List<String> books, double[] baseValueByBook, double baseValue,
    int positions, List<ConfidenceLevel> varLevels, List<ConfidenceLevel> esLevels, int worstToList,
    List<DeadLetter> invalidPositions, String scenarioSource, History history) implements Serializable {

  /**
   * What a historical simulation adds to the report; null for other scenarios.
   *
   * @param notShocked market factors the history lacks (not shocked)
   * @param rowsRejected history rows dead-lettered
   */
  record History(List<String> notShocked, long rowsRejected) implements Serializable {
    History {
      notShocked = List.copyOf(notShocked);
    }
  }

  ReportContext {
    books = List.copyOf(books);
    baseValueByBook = baseValueByBook.clone();
    varLevels = List.copyOf(varLevels);
    esLevels = List.copyOf(esLevels);
    invalidPositions = List.copyOf(invalidPositions);
  }

  /** Every level the tails must serve, VaR and ES. */
  List<ConfidenceLevel> allLevels() {
    return java.util.stream.Stream.concat(varLevels.stream(), esLevels.stream()).toList();
  }
}
