package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.TailContributions;
import io.quantbeam.pipelines.io.OutputTable;

/**
 * The contributions table, {@code contributions-*}: per level, one row per book, then one per
 * position — columns level, kind (book / position), name, book, tail_scenarios (m),
 * var_scenario_id, var_contribution, es_contribution (losses positive, base currency). The whole
 * run's contributions are one batch.
 */
final class ContributionSinks {

  static final String PREFIX = "contributions";

  static final OutputTable<RiskContributions> TABLE = OutputTable.<RiskContributions>named("stress_contributions",
          RiskContributions::rowCount)
      .text("level", (c, row) -> Cell.of(c, row).level().level())
      .text("kind", (c, row) -> Cell.of(c, row).book() ? "book" : "position")
      .text("name", (c, row) -> Cell.of(c, row).name(c))
      .text("book", (c, row) -> Cell.of(c, row).bookName(c))
      .int64("tail_scenarios", (c, row) -> Cell.of(c, row).level().values().tailCount())
      .int64("var_scenario_id", (c, row) -> Cell.of(c, row).level().values().varScenarioId())
      .optionalFloat64("var_contribution", (c, row) -> Cell.of(c, row).var())
      .optionalFloat64("es_contribution", (c, row) -> Cell.of(c, row).es())
      .build();

  static final String CSV_HEADER = TABLE.csvHeader();

  private ContributionSinks() {}

  /** Row {@code row} of the table: its level, whether it is a book, and the book's or position's index. */
  private record Cell(RiskContributions.Level level, boolean book, int index) {
    static Cell of(RiskContributions c, int row) {
      int perLevel = c.books().size() + c.positionIds().size();
      int within = row % perLevel;
      boolean book = within < c.books().size();
      return new Cell(c.levels().get(row / perLevel), book, book ? within : within - c.books().size());
    }

    String name(RiskContributions c) {
      return book ? c.books().get(index) : c.positionIds().get(index);
    }

    String bookName(RiskContributions c) {
      return book ? c.books().get(index) : c.books().get(c.positionBooks()[index]);
    }

    double var() {
      TailContributions.Contributions v = level.values();
      return book ? v.varByBook()[index] : v.varByPosition()[index];
    }

    double es() {
      TailContributions.Contributions v = level.values();
      return book ? v.esByBook()[index] : v.esByPosition()[index];
    }
  }
}
