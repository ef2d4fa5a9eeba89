package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ForestModelCodecTest {

  private final FeatureMatrix data = TestData.noisy(400, 4, 31);
  private final TreeParameters parameters = new TreeParameters(3, 5, 12);
  private final ForestModel model = new ForestModel("HDFCBANK", data.featureNames(), parameters, 42, 2, data.rows(),
      RandomForestLearner.bootstrap().train(data, parameters, TreeSeeds.subForestSeeds(42, "HDFCBANK", 2, 0, 5)));

  private static byte[] encode(ForestModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ForestModelCodec.write(m, out);
    return out.toByteArray();
  }

  @Test
  void roundTripPredictsIdentically() throws IOException {
    ForestModel loaded = ForestModelCodec.read(new ByteArrayInputStream(encode(model)));

    assertEquals(model.header(), loaded.header());
    assertEquals(model.forest(), loaded.forest());
    FeatureMatrix fresh = TestData.noisy(300, 4, 32);
    assertArrayEquals(model.forest().predict(fresh), loaded.forest().predict(fresh), 0.0);
  }

  @Test
  void headerCanBeReadAlone() throws IOException {
    assertEquals(model.header(), ForestModelCodec.readHeader(new ByteArrayInputStream(encode(model))));
  }

  @Test
  void preparedMatricesRoundTripExactly() throws IOException {
    java.time.LocalDate day = java.time.LocalDate.of(2023, 5, 2);
    PreparedSymbol prepared = new TypicalPriceFeatures(new FeatureLayout(true))
        .prepare(new MinuteBarGenerator(day, 2, 0.05, 3).generate("M&M"), 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PreparedSymbolCodec.write(prepared, out);
    assertEquals(prepared, PreparedSymbolCodec.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void unlimitedDepthRoundTrips() throws IOException {
    TreeParameters unlimited = TreeParameters.of(2, 2);
    ForestModel deep = new ForestModel("X", data.featureNames(), unlimited, 1, 0, data.rows(),
        RandomForestLearner.bootstrap().train(data, unlimited, new long[] {9}));
    assertEquals(unlimited, ForestModelCodec.read(new ByteArrayInputStream(encode(deep))).parameters());
  }

  @Test
  void writingTreeByTreeGivesTheSameBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ForestModelCodec.Writer writer = ForestModelCodec.open(model.header(), out);
    for (RegressionTree tree : model.forest().trees()) {
      writer.write(tree);
    }
    writer.finish();
    assertArrayEquals(encode(model), out.toByteArray());
  }

  @Test
  void headerLayoutIsAsDocumented() throws IOException {
    byte[] bytes = encode(model);
    assertEquals("QBRF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(2, java.nio.ByteBuffer.wrap(bytes, 4, 4).getInt());
    assertEquals(8, java.nio.ByteBuffer.wrap(bytes, 8, 4).getInt()); // byte length of "HDFCBANK"
  }

  @Test
  void corruptionIsDetected() throws IOException {
    byte[] bytes = encode(model);
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 0x10;
    IOException corrupt = assertThrows(IOException.class, () -> ForestModelCodec.read(new ByteArrayInputStream(flipped)));
    assertTrue(corrupt.getMessage().contains("checksum") || corrupt.getMessage().contains("malformed"), corrupt.getMessage());

    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    assertThrows(IOException.class, () -> ForestModelCodec.read(new ByteArrayInputStream(truncated)));

    byte[] newer = bytes.clone();
    newer[7] = 3;
    IOException version = assertThrows(IOException.class, () -> ForestModelCodec.read(new ByteArrayInputStream(newer)));
    assertEquals("unsupported forest model version 3; this reader knows versions 1 and 2", version.getMessage());
  }

  @Test
  void theChecksumAloneCatchesDamageAnywhereWhateverTheReadSizes() throws IOException {
    byte[] bytes = encode(model);
    for (int chunk : new int[] {1, 3, 4, 5, 1 << 20}) {
      assertEquals(model.header(), ForestModelCodec.readCheckedHeader(trickle(bytes, chunk), bytes.length));

      byte[] flipped = bytes.clone();
      flipped[bytes.length - 5] ^= 0x01; // the last byte before the checksum
      IOException corrupt = assertThrows(IOException.class,
          () -> ForestModelCodec.readCheckedHeader(trickle(flipped, chunk), flipped.length));
      assertEquals("forest model checksum mismatch: the file is corrupt or truncated", corrupt.getMessage());

      byte[] cutAfterHeader = Arrays.copyOf(bytes, 64);
      assertThrows(IOException.class,
          () -> ForestModelCodec.readCheckedHeader(trickle(cutAfterHeader, chunk), cutAfterHeader.length));
      IOException tiny = assertThrows(IOException.class,
          () -> ForestModelCodec.readCheckedHeader(trickle(Arrays.copyOf(bytes, 3), chunk), 3));
      assertEquals("forest model is truncated", tiny.getMessage());
    }
  }

  /** {@code bytes}, handed out at most {@code chunk} at a time (as network streams do). */
  private static java.io.InputStream trickle(byte[] bytes, int chunk) {
    return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static byte[] encode(ForestModel m, int version) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ForestModelCodec.write(m, out, version);
    return out.toByteArray();
  }

  @Test
  void versionOneAndCompactPredictBitForBit() throws IOException {
    byte[] old = encode(model, ForestModelCodec.VERSION_1);
    byte[] compact = encode(model, ForestModelCodec.VERSION);
    ForestModel fromOld = ForestModelCodec.read(new ByteArrayInputStream(old));
    ForestModel fromCompact = ForestModelCodec.read(new ByteArrayInputStream(compact));

    assertEquals(fromOld.forest(), fromCompact.forest());
    FeatureMatrix fresh = TestData.noisy(2_000, 4, 33);
    double[] a = fromOld.forest().predict(fresh);
    double[] b = fromCompact.forest().predict(fresh);
    for (int r = 0; r < a.length; r++) {
      assertTrue(a[r] == b[r], "row " + r);
    }
    assertTrue(compact.length * 3 < old.length, compact.length + " compact bytes against " + old.length);
  }

  /** A version 1 file written by the code before the compact format (commit 657a204), kept as a fixture. */
  @Test
  void readsVersionOneFilesOfThePreviousRelease() throws IOException {
    byte[] fixture = java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("../src-test/models/io/quantbeam/models/forest/model-v1.qbrf"));
    ForestModel old = ForestModelCodec.read(new ByteArrayInputStream(fixture));
    FeatureMatrix data = TestData.noisy(120, 3, 77);
    TreeParameters p = new TreeParameters(2, 4, 9);
    RandomForest retrained = RandomForestLearner.bootstrap().train(data, p, TreeSeeds.subForestSeeds(42, "OLD&V1", 1, 0, 3));

    assertEquals("OLD&V1", old.symbol());
    assertEquals(retrained, old.forest());
    FeatureMatrix fresh = TestData.noisy(1_000, 3, 78);
    double[] expected = retrained.predict(fresh);
    double[] actual = old.forest().predict(fresh);
    for (int r = 0; r < expected.length; r++) {
      assertTrue(expected[r] == actual[r], "row " + r);
    }
    ForestModel recoded = ForestModelCodec.read(new ByteArrayInputStream(encode(old)));
    assertEquals(old.forest(), recoded.forest());
  }

  @Test
  void treesInAnyOrderAreRenumberedWithoutChangingPredictions() {
    // Root splits x0 <= 0.5; its right child (index 1) splits x1 <= 0.2; left leaf last.
    RegressionTree tree = new RegressionTree(2, new int[] {0, 1, -1, -1, -1}, new double[] {0.5, 0.2, 0, 0, 0},
        new int[] {4, 2, -1, -1, -1}, new int[] {1, 3, -1, -1, -1}, new double[] {0, 0, 7, 8, 9},
        new int[] {10, 6, 2, 4, 4});
    assertEquals(0, tree.feature(0));
    assertEquals(RegressionTree.LEAF, tree.feature(1));
    assertEquals(9, tree.value(1), 0.0);
    assertEquals(1, tree.feature(2));
    assertEquals(9, tree.predict(new double[] {0.4, 0.9}), 0.0);
    assertEquals(7, tree.predict(new double[] {0.6, 0.1}), 0.0);
    assertEquals(8, tree.predict(new double[] {0.6, 0.3}), 0.0);
    assertEquals((2 * 7 + 4 * 8) / 6.0, tree.value(2), 1e-15);
  }
}
