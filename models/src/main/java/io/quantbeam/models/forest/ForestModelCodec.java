package io.quantbeam.models.forest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The model file format, version {@value #VERSION}. Big-endian throughout; a string is an int32
 * byte count followed by that many UTF-8 bytes.
 *
 * <pre>
 * magic           4 bytes  "QBRF"
 * version         int32    1
 * symbol          string
 * featureCount    int32    then featureCount strings: the feature names in column order
 * maxFeatures     int32
 * minSamplesSplit int32
 * maxDepth        int32    0 = unlimited
 * seed            int64    run seed of the tree seeds
 * gridPoint       int32    grid point of the tree seeds
 * trainingRows    int32
 * treeCount       int32    then treeCount trees:
 *   nodeCount     int32    then nodeCount nodes, node 0 the root:
 *     feature     int32    split feature, -1 for a leaf
 *     threshold   float64  rows with value &lt;= threshold go left (0 for a leaf)
 *     left        int32    child index, -1 for a leaf
 *     right       int32    child index, -1 for a leaf
 *     value       float64  the leaf's prediction (the node's mean target for a split)
 *     samples     int32    bootstrap draws that reached the node
 * crc32           int32    CRC-32 (zlib / java.util.zip) of every byte before it
 * </pre>
 *
 * A forest predicts the mean of its trees' predictions. Readers reject other magic numbers and
 * versions, malformed trees and checksum mismatches. A file written tree by tree with
 * {@link #open} is byte-identical to one written with {@link #write}.
 */
public final class ForestModelCodec {

  public static final int VERSION = 1;
  private static final byte[] MAGIC = {'Q', 'B', 'R', 'F'};
  /** Upper bounds that a corrupt length field cannot make us allocate past. */
  private static final int MAX_NODES = 1 << 28;

  private ForestModelCodec() {}

  /** Writes the whole model and flushes; does not close {@code out}. */
  public static void write(ForestModel model, OutputStream out) throws IOException {
    Writer writer = open(model.header(), out);
    for (RegressionTree tree : model.forest().trees()) {
      writer.write(tree);
    }
    writer.finish();
  }

  /** Starts a model file whose {@link ForestModelHeader#treeCount()} trees follow one {@link Writer#write} at a time. */
  public static Writer open(ForestModelHeader header, OutputStream out) throws IOException {
    return new Writer(header, out);
  }

  /** Writes a model tree by tree. */
  public static final class Writer {
    private final CRC32 crc = new CRC32();
    private final DataOutputStream data;
    private final OutputStream target;
    private final int featureCount;
    private final int treeCount;
    private int written;

    private Writer(ForestModelHeader header, OutputStream out) throws IOException {
      this.target = out;
      this.data = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), crc));
      this.featureCount = header.featureNames().size();
      this.treeCount = header.treeCount();
      data.write(MAGIC);
      data.writeInt(VERSION);
      writeString(data, header.symbol());
      data.writeInt(featureCount);
      for (String name : header.featureNames()) {
        writeString(data, name);
      }
      TreeParameters p = header.parameters();
      data.writeInt(p.maxFeatures());
      data.writeInt(p.minSamplesSplit());
      data.writeInt(p.depthLimited() ? p.maxDepth() : 0);
      data.writeLong(header.seed());
      data.writeInt(header.gridPoint());
      data.writeInt(header.trainingRows());
      data.writeInt(treeCount);
    }

    public void write(RegressionTree tree) throws IOException {
      if (written == treeCount) {
        throw new IllegalStateException("the header announced " + treeCount + " trees; this is one more");
      }
      if (tree.featureCount() != featureCount) {
        throw new IllegalArgumentException("tree of " + tree.featureCount() + " features in a model of " + featureCount);
      }
      data.writeInt(tree.nodeCount());
      for (int node = 0; node < tree.nodeCount(); node++) {
        data.writeInt(tree.feature(node));
        data.writeDouble(tree.threshold(node));
        data.writeInt(tree.left(node));
        data.writeInt(tree.right(node));
        data.writeDouble(tree.value(node));
        data.writeInt(tree.samples(node));
      }
      written++;
    }

    /** Writes the checksum and flushes; {@code out} stays open. */
    public void finish() throws IOException {
      if (written != treeCount) {
        throw new IllegalStateException("the header announced " + treeCount + " trees, " + written + " were written");
      }
      data.flush();
      int checksum = (int) crc.getValue();
      DataOutputStream tail = new DataOutputStream(target);
      tail.writeInt(checksum);
      tail.flush();
    }
  }

  /** Reads only the header (symbol, features, parameters, tree count): enough to route data to a model. */
  public static ForestModelHeader readHeader(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 4096));
    try {
      return readHeaderFields(data);
    } catch (EOFException e) {
      throw new IOException("forest model is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("forest model is malformed: " + e.getMessage(), e);
    }
  }

  private static ForestModelHeader readHeaderFields(DataInputStream data) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    data.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a quantbeam forest model (bad magic number)");
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported forest model version " + version + "; this reader knows version " + VERSION);
    }
    String symbol = readString(data);
    int featureCount = data.readInt();
    if (featureCount < 1 || featureCount > 4096) {
      throw new IOException("implausible feature count " + featureCount);
    }
    List<String> names = new ArrayList<>(featureCount);
    for (int f = 0; f < featureCount; f++) {
      names.add(readString(data));
    }
    int maxFeatures = data.readInt();
    int minSamplesSplit = data.readInt();
    int maxDepth = data.readInt();
    TreeParameters parameters = new TreeParameters(maxFeatures, minSamplesSplit,
        maxDepth == 0 ? TreeParameters.UNLIMITED_DEPTH : maxDepth);
    long seed = data.readLong();
    int gridPoint = data.readInt();
    int trainingRows = data.readInt();
    int treeCount = data.readInt();
    if (treeCount < 1) {
      throw new IOException("implausible tree count " + treeCount);
    }
    return new ForestModelHeader(symbol, names, parameters, seed, gridPoint, trainingRows, treeCount);
  }

  /** Reads a whole model (and may read ahead past its end); does not close {@code in}. */
  public static ForestModel read(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    DataInputStream data = new DataInputStream(new CheckedInputStream(buffered, crc));
    try {
      ForestModelHeader header = readHeaderFields(data);
      int treeCount = header.treeCount();
      int featureCount = header.featureNames().size();
      List<RegressionTree> trees = new ArrayList<>(Math.min(treeCount, 4096));
      for (int t = 0; t < treeCount; t++) {
        trees.add(readTree(data, featureCount, t));
      }
      int expected = (int) crc.getValue();
      // The checksum itself is read past the checked stream.
      int stored = new DataInputStream(buffered).readInt();
      if (stored != expected) {
        throw new IOException("forest model checksum mismatch: the file is corrupt or truncated");
      }
      return new ForestModel(header.symbol(), header.featureNames(), header.parameters(), header.seed(),
          header.gridPoint(), header.trainingRows(), new RandomForest(trees));
    } catch (EOFException e) {
      throw new IOException("forest model is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("forest model is malformed: " + e.getMessage(), e);
    }
  }

  private static RegressionTree readTree(DataInputStream data, int featureCount, int index) throws IOException {
    int nodes = data.readInt();
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IOException("tree " + index + " has an implausible node count " + nodes);
    }
    int[] feature = new int[nodes];
    double[] threshold = new double[nodes];
    int[] left = new int[nodes];
    int[] right = new int[nodes];
    double[] value = new double[nodes];
    int[] samples = new int[nodes];
    for (int node = 0; node < nodes; node++) {
      feature[node] = data.readInt();
      threshold[node] = data.readDouble();
      left[node] = data.readInt();
      right[node] = data.readInt();
      value[node] = data.readDouble();
      samples[node] = data.readInt();
    }
    return new RegressionTree(featureCount, feature, threshold, left, right, value, samples);
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    PreparedSymbolCodec.writeString(out, text);
  }

  private static String readString(DataInputStream in) throws IOException {
    return PreparedSymbolCodec.readString(in);
  }
}
