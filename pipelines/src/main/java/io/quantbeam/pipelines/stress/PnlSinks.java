package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.pipelines.io.OutputTable;
import java.util.List;

/**
 * The P&amp;L table, in base currency: columns scenario_id, pnl (the total), then one per book in
 * the run's book order. One shard's block per batch.
 */
final class PnlSinks {

  static final String PREFIX = "pnl";

  private PnlSinks() {}

  static OutputTable<PnlBlock> table(List<String> books) {
    OutputTable.Builder<PnlBlock> table = OutputTable.<PnlBlock>named("stress_pnl", PnlBlock::size)
        .int64("scenario_id", (block, i) -> block.scenarioIds()[i])
        .float64("pnl", (block, i) -> block.total()[i]);
    for (int b = 0; b < books.size(); b++) {
      int book = b;
      table.float64(books.get(b), (block, i) -> block.byBook()[book][i]);
    }
    return table.build();
  }

  static String csvHeader(List<String> books) {
    return table(books).csvHeader();
  }
}
