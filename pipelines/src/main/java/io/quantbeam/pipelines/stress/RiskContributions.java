package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.TailContributions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The run's risk contributions, per level: each book's and each position's contribution to ES
 * (mean loss over the total's exact tail set) and to VaR (loss in the VaR scenario), losses
 * positive, base currency. Levels are the report's VaR and ES levels, each once.
 */
record RiskContributions(List<String> positionIds, int[] positionBooks, List<String> books,
    List<Level> levels) implements Serializable {

  /** One level's contributions; see {@link TailContributions.Contributions}. */
  record Level(String level, TailContributions.Contributions values) implements Serializable {}

  /** What turns the merged accumulator into named contributions, known before the run. */
  record Layout(List<String> positionIds, int[] positionBooks, List<String> books, List<ConfidenceLevel> levels)
      implements Serializable {

    /** The levels, each once, in the order first given. */
    static List<ConfidenceLevel> distinct(List<ConfidenceLevel> levels) {
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      List<ConfidenceLevel> out = new ArrayList<>();
      for (ConfidenceLevel level : levels) {
        if (seen.add(level.text())) {
          out.add(level);
        }
      }
      return out;
    }

    RiskContributions of(TailContributions merged) {
      List<Level> out = new ArrayList<>();
      for (int l = 0; l < levels.size(); l++) {
        out.add(new Level(levels.get(l).text(), merged.contributions(l, positionBooks, books.size())));
      }
      return new RiskContributions(positionIds, positionBooks, books, out);
    }
  }

  /** Positions by ES contribution at {@code level}, largest first (ties by position order), at most {@code n}. */
  List<Integer> topPositions(Level level, int n) {
    double[] es = level.values().esByPosition();
    return IntStream.range(0, es.length).boxed()
        .sorted(Comparator.comparingDouble((Integer p) -> -es[p]).thenComparingInt(p -> p))
        .limit(n).toList();
  }

  /** Rows in the table: per level, the books, then the positions. */
  int rowCount() {
    return levels.size() * (books.size() + positionIds.size());
  }
}
