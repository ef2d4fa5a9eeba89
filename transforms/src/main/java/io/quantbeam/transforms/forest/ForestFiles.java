package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.ForestModel;
import io.quantbeam.models.forest.ForestModelCodec;
import io.quantbeam.models.forest.PreparedSymbol;
import io.quantbeam.models.forest.PreparedSymbolCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Reading and writing the run's files through Beam's filesystems (local paths and s3:// alike):
 * prepared matrices and sub-forest parts in the work folder, model files in the model folder.
 */
public final class ForestFiles {

  private static final String BINARY = "application/octet-stream";

  private ForestFiles() {}

  /** {@code folder/name}, with exactly one slash between them. */
  public static String child(String folder, String name) {
    return (folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder) + "/" + name;
  }

  static String preparedPath(ForestSettings settings, String symbol) {
    return child(child(settings.workFolder(), "prepared"), SymbolFiles.fileName(symbol) + ".qbpm");
  }

  static String partPath(ForestSettings settings, String symbol, int subForest) {
    return child(child(child(settings.workFolder(), "parts"), SymbolFiles.fileName(symbol)),
        String.format("sub-%05d.qbrf", subForest));
  }

  /** The model file of {@code symbol} in {@code modelFolder}. */
  public static String modelPath(String modelFolder, String symbol) {
    return child(modelFolder, SymbolFiles.fileName(symbol) + ".qbrf");
  }

  static void writePrepared(String path, PreparedSymbol prepared) throws IOException {
    try (OutputStream out = create(path)) {
      PreparedSymbolCodec.write(prepared, out);
    }
  }

  static PreparedSymbol readPrepared(String path) throws IOException {
    try (InputStream in = open(path)) {
      return PreparedSymbolCodec.read(in);
    } catch (IOException e) {
      throw new IOException("cannot read prepared matrices " + path + ": " + e.getMessage(), e);
    }
  }

  static void writeModel(String path, ForestModel model) throws IOException {
    try (OutputStream out = create(path)) {
      ForestModelCodec.write(model, out);
    }
  }

  /** Loads a model file. */
  public static ForestModel readModel(String path) throws IOException {
    try (InputStream in = open(path)) {
      return ForestModelCodec.read(in);
    } catch (IOException e) {
      throw new IOException("cannot read forest model " + path + ": " + e.getMessage(), e);
    }
  }

  public static OutputStream create(String path) throws IOException {
    ResourceId target = FileSystems.matchNewResource(path, false);
    return Channels.newOutputStream(FileSystems.create(target, BINARY));
  }

  public static InputStream open(String path) throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)));
  }

  static void rename(String from, String to) throws IOException {
    FileSystems.rename(List.of(FileSystems.matchNewResource(from, false)), List.of(FileSystems.matchNewResource(to, false)),
        MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
