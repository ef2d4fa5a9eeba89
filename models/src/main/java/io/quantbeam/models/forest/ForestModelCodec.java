package io.quantbeam.models.forest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
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
 * The model file format, version {@value #VERSION} (compact); version 1 files are still read.
 * Big-endian throughout; a string is an int32 byte count followed by that many UTF-8 bytes.
 *
 * <pre>
 * magic           4 bytes  "QBRF"
 * version         int32    2 (or 1)
 * symbol          string
 * featureCount    int32    then featureCount strings: the feature names in column order
 * maxFeatures     int32
 * minSamplesSplit int32
 * maxDepth        int32    0 = unlimited
 * seed            int64    run seed of the tree seeds
 * gridPoint       int32    grid point of the tree seeds
 * trainingRows    int32
 * treeCount       int32    then treeCount trees, in version 2:
 *   nodeCount     int32    then the nodes in canonical order (see {@link RegressionTree}), node 0 the root:
 *   features      nodeCount bytes      split feature per node, 255 for a leaf
 *   numbers       nodeCount float64    per node the threshold of a split (rows &lt;= go left) or the value of a leaf
 *   samples       nodeCount varints    bootstrap draws that reached each node (unsigned LEB128)
 * crc32           int32    CRC-32 (zlib / java.util.zip) of every byte before it
 * </pre>
 *
 * Child indices are not stored: in canonical order a split's children are the next two free
 * indices of a depth-first, left-first walk, so the feature bytes determine the tree. About
 * 10 bytes a node against version 1's 32, which stored per node int32 feature (-1 = leaf),
 * float64 threshold, int32 left, int32 right (-1 for leaves), float64 value (the node's mean
 * target), int32 samples. Internal nodes' mean targets are not kept (no prediction uses them).
 *
 * <p>A forest predicts the mean of its trees' predictions; both versions give the same trees and
 * so bit-identical predictions. Readers reject other magic numbers and versions, malformed trees
 * and checksum mismatches. A file written tree by tree with {@link #open} is byte-identical to
 * one written with {@link #write}.
 */
public final class ForestModelCodec {

  /** The version written by default: compact trees. */
  public static final int VERSION = 2;
  /** The first version: six fixed-width fields per node. Still read; written only on request. */
  public static final int VERSION_1 = 1;
  private static final byte[] MAGIC = {'Q', 'B', 'R', 'F'};
  /** Upper bounds that a corrupt length field cannot make us allocate past. */
  private static final int MAX_NODES = 1 << 28;

  private ForestModelCodec() {}

  /** Writes the whole model and flushes; does not close {@code out}. */
  public static void write(ForestModel model, OutputStream out) throws IOException {
    write(model, out, VERSION);
  }

  /** Writes the whole model in format {@code version} ({@link #VERSION} or {@link #VERSION_1}); does not close {@code out}. */
  public static void write(ForestModel model, OutputStream out, int version) throws IOException {
    Writer writer = open(model.header(), out, version);
    for (RegressionTree tree : model.forest().trees()) {
      writer.write(tree);
    }
    writer.finish();
  }

  /** Starts a model file whose {@link ForestModelHeader#treeCount()} trees follow one {@link Writer#write} at a time. */
  public static Writer open(ForestModelHeader header, OutputStream out) throws IOException {
    return new Writer(header, out, VERSION);
  }

  /** As {@link #open(ForestModelHeader, OutputStream)} in format {@code version}. */
  public static Writer open(ForestModelHeader header, OutputStream out, int version) throws IOException {
    if (version != VERSION && version != VERSION_1) {
      throw new IllegalArgumentException("cannot write forest model version " + version);
    }
    return new Writer(header, out, version);
  }

  /** Writes a model tree by tree. */
  public static final class Writer {
    private final CRC32 crc = new CRC32();
    private final DataOutputStream data;
    private final OutputStream target;
    private final int featureCount;
    private final int treeCount;
    private final int version;
    private int written;

    private Writer(ForestModelHeader header, OutputStream out, int version) throws IOException {
      this.version = version;
      this.target = out;
      this.data = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), crc));
      this.featureCount = header.featureNames().size();
      this.treeCount = header.treeCount();
      data.write(MAGIC);
      data.writeInt(version);
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
      if (version == VERSION_1) {
        writeVersion1(tree);
      } else {
        writeCompact(tree);
      }
      written++;
    }

    private void writeCompact(RegressionTree tree) throws IOException {
      int nodes = tree.nodeCount();
      data.writeInt(nodes);
      for (int node = 0; node < nodes; node++) {
        data.writeByte(tree.featureByte(node));
      }
      for (int node = 0; node < nodes; node++) {
        data.writeDouble(tree.number(node));
      }
      for (int node = 0; node < nodes; node++) {
        writeVarint(data, tree.samples(node));
      }
    }

    private void writeVersion1(RegressionTree tree) throws IOException {
      data.writeInt(tree.nodeCount());
      double[] sums = tree.weightedSums();
      for (int node = 0; node < tree.nodeCount(); node++) {
        data.writeInt(tree.feature(node));
        data.writeDouble(tree.threshold(node));
        data.writeInt(tree.left(node));
        data.writeInt(tree.right(node));
        data.writeDouble(tree.isLeaf(node) ? tree.number(node) : sums[node] / tree.samples(node));
        data.writeInt(tree.samples(node));
      }
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
      return readHeaderFields(data, new int[1]);
    } catch (EOFException e) {
      throw new IOException("forest model is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("forest model is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the header and checks the whole file against its trailing checksum, in one pass and
   * without building the trees: what a run checks before any work, so that a file cut short or
   * damaged after its header is named up front.
   *
   * @param size the file's length in bytes, as its file system reports it
   * @throws IOException naming what is wrong (not a model, truncated, checksum mismatch)
   */
  public static ForestModelHeader readCheckedHeader(InputStream in, long size) throws IOException {
    if (size < Integer.BYTES) {
      throw new IOException("forest model is truncated");
    }
    CRC32 crc = new CRC32();
    DataInputStream body = new DataInputStream(new BufferedInputStream(
        new CheckedInputStream(firstBytes(in, size - Integer.BYTES), crc), 1 << 16));
    ForestModelHeader header;
    int stored;
    try {
      header = readHeaderFields(body, new int[1]);
      body.transferTo(OutputStream.nullOutputStream()); // the trees, summed into the checksum
      stored = new DataInputStream(in).readInt();
    } catch (EOFException e) {
      throw new IOException("forest model is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("forest model is malformed: " + e.getMessage(), e);
    }
    if (stored != (int) crc.getValue()) {
      throw new IOException("forest model checksum mismatch: the file is corrupt or truncated");
    }
    return header;
  }

  /** The first {@code limit} bytes of {@code in}, which is left positioned just after them. */
  private static InputStream firstBytes(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public int available() throws IOException {
        return (int) Math.min(super.available(), left);
      }
    };
  }

  /** Reads the header; {@code version[0]} receives the file's format version. */
  private static ForestModelHeader readHeaderFields(DataInputStream data, int[] versionOut) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    data.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a quantbeam forest model (bad magic number)");
    }
    int version = data.readInt();
    if (version != VERSION && version != VERSION_1) {
      throw new IOException("unsupported forest model version " + version + "; this reader knows versions "
          + VERSION_1 + " and " + VERSION);
    }
    versionOut[0] = version;
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
      int[] version = new int[1];
      ForestModelHeader header = readHeaderFields(data, version);
      int treeCount = header.treeCount();
      int featureCount = header.featureNames().size();
      List<RegressionTree> trees = new ArrayList<>(Math.min(treeCount, 4096));
      for (int t = 0; t < treeCount; t++) {
        trees.add(version[0] == VERSION_1 ? readVersion1Tree(data, featureCount, t) : readCompactTree(data, featureCount, t));
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

  private static int readNodeCount(DataInputStream data, int index) throws IOException {
    int nodes = data.readInt();
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IOException("tree " + index + " has an implausible node count " + nodes);
    }
    return nodes;
  }

  private static RegressionTree readCompactTree(DataInputStream data, int featureCount, int index) throws IOException {
    int nodes = readNodeCount(data, index);
    byte[] feature = new byte[nodes];
    data.readFully(feature);
    double[] number = new double[nodes];
    for (int node = 0; node < nodes; node++) {
      number[node] = data.readDouble();
    }
    int[] samples = new int[nodes];
    for (int node = 0; node < nodes; node++) {
      samples[node] = readVarint(data);
    }
    return new RegressionTree(featureCount, feature, number, samples);
  }

  private static RegressionTree readVersion1Tree(DataInputStream data, int featureCount, int index) throws IOException {
    int nodes = readNodeCount(data, index);
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

  /** Unsigned LEB128: 7 bits a byte, low bits first, high bit set on every byte but the last. */
  private static void writeVarint(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed varint");
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    PreparedSymbolCodec.writeString(out, text);
  }

  private static String readString(DataInputStream in) throws IOException {
    return PreparedSymbolCodec.readString(in);
  }
}
