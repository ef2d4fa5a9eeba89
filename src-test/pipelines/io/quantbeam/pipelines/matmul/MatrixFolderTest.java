package io.quantbeam.pipelines.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.NpyFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixFolderTest {

  @TempDir
  Path dir;

  @BeforeAll
  static void fileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  @Test
  void layoutRoundTripsThroughMatrixJson() throws IOException {
    MatrixFolder folder = new MatrixFolder(dir.toString());
    folder.writeLayout(new MatrixLayout(70, 90, 32, 40));
    assertEquals(new MatrixLayout(70, 90, 32, 40), folder.readLayout());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "the temporary file was renamed, not left behind");
    }
  }

  @Test
  void invalidMatrixJsonIsRejectedNamingTheFileAndField() throws IOException {
    assertRejected("{\"rows\": 70, \"cols\": 90, \"blockRows\": 32, \"blockCols\": 40, \"dtype\": \"float32\", "
        + "\"format\": 1}", "dtype must be \"float64\", got \"float32\"");
    assertRejected("{\"rows\": 70, \"cols\": 90, \"blockRows\": 0, \"blockCols\": 40, \"dtype\": \"float64\", "
        + "\"format\": 1}", "blockRows must be a positive integer, got 0");
    assertRejected("{\"rows\": 70.5, \"cols\": 90, \"blockRows\": 3, \"blockCols\": 40, \"dtype\": \"float64\", "
        + "\"format\": 1}", "rows must be a positive integer, got 70.5");
    assertRejected("{\"rows\": 70, \"cols\": 90, \"blockRows\": 3, \"blockCols\": 40, \"dtype\": \"float64\", "
        + "\"format\": 2}", "format must be 1, got 2");
    assertRejected("{\"rows\": 70, \"cols\": 90, \"blockRows\": 3, \"blockCols\": 40, \"dtype\": \"float64\", "
        + "\"format\": 1, \"order\": \"C\"}", "unknown fields [order]");
    assertRejected("{\"rows\": 70,", "is not valid JSON");
  }

  @Test
  void blocksRoundTripThroughNpyChannels() throws IOException {
    NpyBlockChannel npy = new NpyBlockChannel();
    // Larger than the 1 MiB transfer buffer, so several chunks.
    double[] values = new double[400 * 500];
    Arrays.setAll(values, e -> Math.sin(e) * 1e3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    npy.write(new MatrixBlock(0, 0, 400, 500, values), Channels.newChannel(bytes));
    NpyBlockChannel.NpyBlock read = npy.read(Channels.newChannel(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(400, read.header().rows());
    assertTrue(Arrays.equals(values, read.values()));
  }

  @Test
  void trailingBytesAfterTheDataAreAnError() throws IOException {
    NpyBlockChannel npy = new NpyBlockChannel();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    npy.write(new MatrixBlock(0, 0, 2, 2, new double[4]), Channels.newChannel(bytes));
    bytes.write(new byte[8]);
    NpyFormatException e = assertThrows(NpyFormatException.class,
        () -> npy.read(Channels.newChannel(new ByteArrayInputStream(bytes.toByteArray()))));
    assertEquals("unexpected bytes after the 32 data bytes of shape (2, 2)", e.getMessage());
  }

  @Test
  void clearingRemovesTheMarkerAndBlocksButNothingElse() throws IOException {
    MatrixFolder folder = new MatrixFolder(dir.toString());
    folder.writeLayout(new MatrixLayout(2, 2, 1, 1));
    Files.write(dir.resolve("block-0-0.npy"), new byte[1]);
    Files.write(dir.resolve("notes.txt"), new byte[1]);
    folder.clearForWriting();
    assertFalse(Files.exists(dir.resolve("matrix.json")));
    assertFalse(Files.exists(dir.resolve("block-0-0.npy")));
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }

  private void assertRejected(String json, String expected) throws IOException {
    Files.writeString(dir.resolve("matrix.json"), json);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MatrixFolder(dir.toString()).readLayout());
    assertTrue(e.getMessage().startsWith(dir.resolve("matrix.json").toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
