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
    assertEquals(1, java.nio.ByteBuffer.wrap(bytes, 4, 4).getInt());
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
    newer[7] = 2;
    IOException version = assertThrows(IOException.class, () -> ForestModelCodec.read(new ByteArrayInputStream(newer)));
    assertEquals("unsupported forest model version 2; this reader knows version 1", version.getMessage());
  }
}
