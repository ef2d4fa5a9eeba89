package io.quantbeam.transforms.forest;

import io.quantbeam.transforms.coders.ColumnCoding;
import io.quantbeam.models.forest.TreeParameters;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Coders of the grid search's elements. */
public final class ForestCoders {

  private ForestCoders() {}

  static void writeParameters(DataOutputStream out, TreeParameters p) throws IOException {
    out.writeInt(p.maxFeatures());
    out.writeInt(p.minSamplesSplit());
    out.writeInt(p.maxDepth());
  }

  static TreeParameters readParameters(DataInputStream in) throws IOException {
    return new TreeParameters(in.readInt(), in.readInt(), in.readInt());
  }

  public static final class PreparedRefCoder extends DataCoder<PreparedRef> {
    public static PreparedRefCoder of() {
      return new PreparedRefCoder();
    }

    @Override
    void write(PreparedRef r, DataOutputStream out) throws IOException {
      writeString(out, r.symbol());
      writeString(out, r.path());
    }

    @Override
    PreparedRef read(DataInputStream in) throws IOException {
      return new PreparedRef(readString(in), readString(in));
    }
  }

  public static final class SubForestTaskCoder extends DataCoder<SubForestTask> {
    public static SubForestTaskCoder of() {
      return new SubForestTaskCoder();
    }

    @Override
    void write(SubForestTask t, DataOutputStream out) throws IOException {
      writeString(out, t.symbol());
      writeString(out, t.preparedPath());
      out.writeInt(t.phase().ordinal());
      out.writeInt(t.gridPoint());
      writeParameters(out, t.parameters());
      out.writeInt(t.subForest());
      out.writeInt(t.trees());
    }

    @Override
    SubForestTask read(DataInputStream in) throws IOException {
      return new SubForestTask(readString(in), readString(in), Phase.values()[in.readInt()], in.readInt(),
          readParameters(in), in.readInt(), in.readInt());
    }
  }

  public static final class SubForestResultCoder extends DataCoder<SubForestResult> {
    public static SubForestResultCoder of() {
      return new SubForestResultCoder();
    }

    @Override
    void write(SubForestResult r, DataOutputStream out) throws IOException {
      writeString(out, r.symbol());
      writeString(out, r.preparedPath());
      out.writeInt(r.phase().ordinal());
      out.writeInt(r.gridPoint());
      out.writeInt(r.subForest());
      out.writeInt(r.trees());
      out.writeDouble(r.seconds());
      ColumnCoding.writeDoubles(out, r.predictions());
      writeString(out, r.partPath());
    }

    @Override
    SubForestResult read(DataInputStream in) throws IOException {
      return new SubForestResult(readString(in), readString(in), Phase.values()[in.readInt()], in.readInt(), in.readInt(),
          in.readInt(), in.readDouble(), ColumnCoding.readDoubles(in), readString(in));
    }
  }

  public static final class GridPointResultCoder extends DataCoder<GridPointResult> {
    public static GridPointResultCoder of() {
      return new GridPointResultCoder();
    }

    @Override
    void write(GridPointResult r, DataOutputStream out) throws IOException {
      writeString(out, r.symbol());
      writeString(out, r.preparedPath());
      out.writeInt(r.gridPoint());
      writeParameters(out, r.parameters());
      out.writeInt(r.subForests());
      out.writeInt(r.trees());
      out.writeDouble(r.validationMse());
      out.writeDouble(r.trainSeconds());
      out.writeDouble(r.persistenceMse());
    }

    @Override
    GridPointResult read(DataInputStream in) throws IOException {
      return new GridPointResult(readString(in), readString(in), in.readInt(), readParameters(in), in.readInt(),
          in.readInt(), in.readDouble(), in.readDouble(), in.readDouble());
    }
  }

  public static final class SymbolGridCoder extends DataCoder<SymbolGrid> {
    public static SymbolGridCoder of() {
      return new SymbolGridCoder();
    }

    @Override
    void write(SymbolGrid g, DataOutputStream out) throws IOException {
      writeString(out, g.symbol());
      writeString(out, g.preparedPath());
      out.writeInt(g.best());
      writePoints(out, g.points());
    }

    @Override
    SymbolGrid read(DataInputStream in) throws IOException {
      return new SymbolGrid(readString(in), readString(in), in.readInt(), readPoints(in));
    }
  }

  public static final class SymbolResultCoder extends DataCoder<SymbolResult> {
    public static SymbolResultCoder of() {
      return new SymbolResultCoder();
    }

    @Override
    void write(SymbolResult r, DataOutputStream out) throws IOException {
      writeString(out, r.symbol());
      out.writeInt(r.status().ordinal());
      out.writeInt(r.bars());
      out.writeInt(r.trainRows());
      out.writeInt(r.validationRows());
      out.writeInt(r.testRows());
      out.writeInt(r.bestGridPoint());
      out.writeBoolean(r.best() != null);
      if (r.best() != null) {
        writeParameters(out, r.best());
      }
      out.writeDouble(r.validationMse());
      out.writeDouble(r.testMse());
      out.writeInt(r.finalTrees());
      writeString(out, r.modelPath());
      out.writeDouble(r.trainSeconds());
      writeString(out, r.detail());
      writePoints(out, r.grid());
      out.writeDouble(r.validationPersistenceMse());
      out.writeDouble(r.testPersistenceMse());
      out.writeInt(r.featureNames().size());
      for (int f = 0; f < r.featureNames().size(); f++) {
        writeString(out, r.featureNames().get(f));
        out.writeDouble(r.impurityImportance()[f]);
        out.writeDouble(r.permutationImportance()[f]);
      }
    }

    @Override
    SymbolResult read(DataInputStream in) throws IOException {
      String symbol = readString(in);
      SymbolResult.Status status = SymbolResult.Status.values()[in.readInt()];
      int bars = in.readInt();
      int train = in.readInt();
      int validation = in.readInt();
      int test = in.readInt();
      int bestGridPoint = in.readInt();
      TreeParameters best = in.readBoolean() ? readParameters(in) : null;
      double validationMse = in.readDouble();
      double testMse = in.readDouble();
      int finalTrees = in.readInt();
      String modelPath = readString(in);
      double trainSeconds = in.readDouble();
      String detail = readString(in);
      List<GridPointResult> grid = readPoints(in);
      double validationPersistence = in.readDouble();
      double testPersistence = in.readDouble();
      int features = in.readInt();
      List<String> names = new ArrayList<>(features);
      double[] impurity = new double[features];
      double[] permutation = new double[features];
      for (int f = 0; f < features; f++) {
        names.add(readString(in));
        impurity[f] = in.readDouble();
        permutation[f] = in.readDouble();
      }
      return new SymbolResult(symbol, status, bars, train, validation, test, bestGridPoint, best, validationMse, testMse,
          finalTrees, modelPath, trainSeconds, detail, grid, validationPersistence, testPersistence, names, impurity,
          permutation);
    }
  }

  private static void writePoints(DataOutputStream out, List<GridPointResult> points) throws IOException {
    GridPointResultCoder coder = GridPointResultCoder.of();
    out.writeInt(points.size());
    for (GridPointResult point : points) {
      coder.write(point, out);
    }
  }

  private static List<GridPointResult> readPoints(DataInputStream in) throws IOException {
    GridPointResultCoder coder = GridPointResultCoder.of();
    int n = in.readInt();
    List<GridPointResult> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(coder.read(in));
    }
    return points;
  }
}
