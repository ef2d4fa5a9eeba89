package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.pipelines.io.BatchCsvSink;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.CsvRowWriter;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.forest.GridPointResult;
import io.quantbeam.transforms.forest.SymbolResult;
import java.io.IOException;
import java.util.Locale;
import org.apache.beam.sdk.io.FileIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The forest run's two tables, one batch element per symbol: {@code results} (one row per symbol)
 * and {@code grid} (one row per symbol and grid point). Empty fields (null in Parquet) stand for
 * "not applicable": a max_depth of none is unlimited; a symbol with too little data has no best
 * parameters, MSEs or model. Every MSE is on the price scale and comes with the persistence
 * forecast's MSE on the same rows and the skill 1 − MSE / persistence MSE (below 0: worse than
 * "no change").
 */
final class ForestTableSinks {

  static final String RESULTS_HEADER = "symbol,status,bars,train_rows,validation_rows,test_rows,best_grid_point,"
      + "max_features,min_samples_split,max_depth,validation_mse,test_mse,final_trees,model_path,train_seconds,detail,"
      + "validation_persistence_mse,validation_skill,test_persistence_mse,test_skill";
  static final String GRID_HEADER = "symbol,grid_point,max_features,min_samples_split,max_depth,sub_forests,trees,"
      + "validation_mse,train_seconds,best,persistence_mse,skill";

  private static final MessageType RESULTS_SCHEMA = MessageTypeParser.parseMessageType("""
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
      """);

  private static final MessageType GRID_SCHEMA = MessageTypeParser.parseMessageType("""
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
      """);

  private ForestTableSinks() {}

  static FileIO.Sink<SymbolResult> results(FileFormat format) {
    return format == FileFormat.CSV ? new ResultsCsv() : new ResultsParquet();
  }

  static FileIO.Sink<SymbolResult> grid(FileFormat format) {
    return format == FileFormat.CSV ? new GridCsv() : new GridParquet();
  }

  static String status(SymbolResult r) {
    return r.status().name().toLowerCase(Locale.ROOT);
  }

  private static Integer depth(TreeParameters p) {
    return p == null || !p.depthLimited() ? null : p.maxDepth();
  }

  private static final class ResultsCsv extends BatchCsvSink<SymbolResult> {
    private static final long serialVersionUID = 1L;

    ResultsCsv() {
      super(RESULTS_HEADER);
    }

    @Override
    protected int rowCount(SymbolResult batch) {
      return 1;
    }

    @Override
    protected void writeRow(SymbolResult r, int row, CsvRowWriter out) throws IOException {
      boolean trained = r.best() != null;
      out.text(r.symbol()).text(status(r)).number(r.bars()).number(r.trainRows()).number(r.validationRows())
          .number(r.testRows());
      if (trained) {
        out.number(r.bestGridPoint()).number(r.best().maxFeatures()).number(r.best().minSamplesSplit());
      } else {
        out.text(null).text(null).text(null);
      }
      Integer depth = depth(r.best());
      if (depth == null) {
        out.text(null);
      } else {
        out.number(depth.longValue());
      }
      out.number(r.validationMse()).number(r.testMse()).number(r.finalTrees()).text(r.modelPath())
          .number(r.trainSeconds()).text(r.detail()).number(r.validationPersistenceMse()).number(r.validationSkill())
          .number(r.testPersistenceMse()).number(r.testSkill());
    }
  }

  private static final class ResultsParquet extends BatchParquetSink<SymbolResult> {
    private static final long serialVersionUID = 1L;

    ResultsParquet() {
      super(RESULTS_SCHEMA);
    }

    @Override
    protected int rowCount(SymbolResult batch) {
      return 1;
    }

    @Override
    protected void writeRow(SymbolResult r, int row, ParquetRowWriter out) {
      out.string(0, r.symbol());
      out.string(1, status(r));
      out.int32(2, r.bars());
      out.int32(3, r.trainRows());
      out.int32(4, r.validationRows());
      out.int32(5, r.testRows());
      if (r.best() != null) {
        out.int32(6, r.bestGridPoint());
        out.int32(7, r.best().maxFeatures());
        out.int32(8, r.best().minSamplesSplit());
        Integer depth = depth(r.best());
        if (depth != null) {
          out.int32(9, depth);
        }
      }
      out.float64OrNull(10, r.validationMse());
      out.float64OrNull(11, r.testMse());
      out.int32(12, r.finalTrees());
      out.string(13, r.modelPath().isEmpty() ? null : r.modelPath());
      out.float64(14, r.trainSeconds());
      out.string(15, r.detail().isEmpty() ? null : r.detail());
      out.float64OrNull(16, r.validationPersistenceMse());
      out.float64OrNull(17, r.validationSkill());
      out.float64OrNull(18, r.testPersistenceMse());
      out.float64OrNull(19, r.testSkill());
    }
  }

  private static final class GridCsv extends BatchCsvSink<SymbolResult> {
    private static final long serialVersionUID = 1L;

    GridCsv() {
      super(GRID_HEADER);
    }

    @Override
    protected int rowCount(SymbolResult batch) {
      return batch.grid().size();
    }

    @Override
    protected void writeRow(SymbolResult r, int row, CsvRowWriter out) throws IOException {
      GridPointResult p = r.grid().get(row);
      out.text(r.symbol()).number(p.gridPoint()).number(p.parameters().maxFeatures())
          .number(p.parameters().minSamplesSplit());
      Integer depth = depth(p.parameters());
      if (depth == null) {
        out.text(null);
      } else {
        out.number(depth.longValue());
      }
      out.number(p.subForests()).number(p.trees()).number(p.validationMse()).number(p.trainSeconds())
          .bool(p.gridPoint() == r.bestGridPoint()).number(p.persistenceMse()).number(p.skill());
    }
  }

  private static final class GridParquet extends BatchParquetSink<SymbolResult> {
    private static final long serialVersionUID = 1L;

    GridParquet() {
      super(GRID_SCHEMA);
    }

    @Override
    protected int rowCount(SymbolResult batch) {
      return batch.grid().size();
    }

    @Override
    protected void writeRow(SymbolResult r, int row, ParquetRowWriter out) {
      GridPointResult p = r.grid().get(row);
      out.string(0, r.symbol());
      out.int32(1, p.gridPoint());
      out.int32(2, p.parameters().maxFeatures());
      out.int32(3, p.parameters().minSamplesSplit());
      Integer depth = depth(p.parameters());
      if (depth != null) {
        out.int32(4, depth);
      }
      out.int32(5, p.subForests());
      out.int32(6, p.trees());
      out.float64(7, p.validationMse());
      out.float64(8, p.trainSeconds());
      out.bool(9, p.gridPoint() == r.bestGridPoint());
      out.float64(10, p.persistenceMse());
      out.float64OrNull(11, p.skill());
    }
  }
}
