package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks before any work: every input matched, readable to the end and of its format, and the
 * output folder writable; each failure is one IllegalArgumentException naming the option and file.
 */
class PreflightTest {

  private static byte[] gzippedCsv() throws IOException {
    StringBuilder csv = new StringBuilder("firm_id,date,equity\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("F").append(i % 7).append(",2024-01-02,").append(1000 + i * 0.37).append('\n');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aCompleteGzipPasses(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("firms.csv.gz"), gzippedCsv());
    CheckedInput input = assertDoesNotThrow(() -> InputFiles.check("input", file.toString(), null, null));
    assertTrue(input.files().get(0).header().contains("equity"));
  }

  @Test
  void aTruncatedGzipIsNamedBeforeTheRun(@TempDir Path dir) throws IOException {
    byte[] whole = gzippedCsv();
    Path file = Files.write(dir.resolve("firms.csv.gz"), Arrays.copyOf(whole, whole.length / 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", dir.resolve("*.csv.gz").toString(), null, null));
    assertTrue(e.getMessage().startsWith("--input: ") && e.getMessage().contains(file.toString())
        && e.getMessage().contains("compressed CSV") && e.getMessage().contains("complete"), e.getMessage());
  }

  @Test
  void aGzipWithABadChecksumIsNamed(@TempDir Path dir) throws IOException {
    byte[] bytes = gzippedCsv();
    bytes[bytes.length - 6] ^= 0x5a; // the CRC-32 in the trailer
    Path file = Files.write(dir.resolve("firms.csv.gz"), bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", file.toString(), null, null));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void anUnreadableParquetFooterIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("firms.parquet"),
        ("PAR1" + "column data, then a footer that was never written").getBytes(StandardCharsets.US_ASCII));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", file.toString(), null, null));
    assertTrue(e.getMessage().startsWith("--input: " + file) && e.getMessage().contains("Parquet"), e.getMessage());
  }

  @Test
  void aFolderGivenAsInputIsNamedWithTheFix(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("firms.csv"), "firm_id\nA\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.check("input", dir.toString(), null, null));
    assertTrue(e.getMessage().startsWith("--input names a folder") && e.getMessage().contains("*.csv"),
        e.getMessage());
  }

  @Test
  void anOutputThatCannotBeCreatedIsToldBeforeTheWork(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.checkWritable(file.resolve("out").toString()));
    assertTrue(e.getMessage().startsWith("--output: cannot write to " + file.resolve("out")), e.getMessage());
  }

  @Test
  void theWritableProbeLeavesNothingBehind(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("new/out");
    OutputFolder.checkWritable(out.toString());
    try (var left = Files.list(out)) {
      assertFalse(left.findAny().isPresent(), "the probe is deleted");
    }
  }
}
