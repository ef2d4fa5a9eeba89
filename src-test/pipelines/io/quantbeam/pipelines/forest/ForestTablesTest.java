package io.quantbeam.pipelines.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/**
 * The declared forest tables keep the Parquet schemas their files had before, with the persistence
 * forecast's MSE and the skill appended (issue 13).
 */
class ForestTablesTest {

  @Test
  void resultsAndGrid() {
    assertEquals(MessageTypeParser.parseMessageType("""
        message forest_results {
          required binary symbol (STRING);
          required binary status (STRING);
          required int32 bars;
          required int32 train_rows;
          required int32 validation_rows;
          required int32 test_rows;
          optional int32 best_grid_point;
          optional int32 max_features;
          optional int32 min_samples_split;
          optional int32 max_depth;
          optional double validation_mse;
          optional double test_mse;
          required int32 final_trees;
          optional binary model_path (STRING);
          required double train_seconds;
          optional binary detail (STRING);
          optional double validation_persistence_mse;
          optional double validation_skill;
          optional double test_persistence_mse;
          optional double test_skill;
        }
        """), ForestTableSinks.RESULTS.parquetSchema());
    assertEquals(MessageTypeParser.parseMessageType("""
        message forest_grid {
          required binary symbol (STRING);
          required int32 grid_point;
          required int32 max_features;
          required int32 min_samples_split;
          optional int32 max_depth;
          required int32 sub_forests;
          required int32 trees;
          required double validation_mse;
          required double train_seconds;
          required boolean best;
          required double persistence_mse;
          optional double skill;
        }
        """), ForestTableSinks.GRID.parquetSchema());
  }

  @Test
  void barsAndPredictions() {
    assertEquals("symbol,timestamp,open,high,low,close,volume", BarSinks.CSV_HEADER);
    assertEquals(MessageTypeParser.parseMessageType("""
        message minute_bars {
          required binary symbol (STRING);
          required binary timestamp (STRING);
          required double open;
          required double high;
          required double low;
          required double close;
          required double volume;
        }
        """), BarSinks.TABLE.parquetSchema());
    assertEquals("symbol,timestamp,typprice,predicted_next_typprice,actual_next_typprice", PredictionSinks.CSV_HEADER);
    assertEquals(MessageTypeParser.parseMessageType("""
        message forest_predictions {
          required binary symbol (STRING);
          required binary timestamp (STRING);
          required double typprice;
          required double predicted_next_typprice;
          optional double actual_next_typprice;
        }
        """), PredictionSinks.TABLE.parquetSchema());
  }
}
