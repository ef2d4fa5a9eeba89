package io.quantbeam.pipelines.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.pipelines.io.OutputStaging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads a run's output files back, independently of the code that wrote them. */
public final class OutputFiles {

  private OutputFiles() {}

  /** The files in {@code folder} whose names match {@code glob}, sorted by name. */
  public static List<Path> matching(Path folder, String glob) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  /** All lines of the CSV files matching {@code glob} in {@code folder}, each file's header checked and dropped. */
  public static List<String> csvRows(Path folder, String glob, String expectedHeader) {
    List<String> rows = new ArrayList<>();
    for (Path file : matching(folder, glob)) {
      try {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).equals(expectedHeader)) {
          throw new AssertionError(file + " has header " + lines.get(0) + ", expected " + expectedHeader);
        }
        rows.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** All records of the Parquet files matching {@code glob} in {@code folder}. */
  public static List<GenericRecord> parquetRows(Path folder, String glob) {
    List<GenericRecord> rows = new ArrayList<>();
    for (Path file : matching(folder, glob)) {
      try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration())).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          rows.add(r);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** Lines of all files matching {@code glob} in {@code folder}. */
  public static List<String> lines(Path folder, String glob) {
    List<String> lines = new ArrayList<>();
    for (Path file : matching(folder, glob)) {
      try {
        lines.addAll(Files.readAllLines(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  /** Every file under {@code folder}, at any depth, by its relative name ('/'-separated): to compare runs byte for byte. */
  public static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path file : tree.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /**
   * The folder holds exactly the files of {@code before}, byte for byte: a failed rerun changed
   * nothing. A staging folder is ignored: a task still running when the run failed may write into
   * it after it was removed, and the next run clears it.
   */
  public static void assertKeptAsItWas(Map<String, byte[]> before, Path folder) throws IOException {
    Map<String, byte[]> after = contents(folder);
    after.keySet().removeIf(name -> name.startsWith(OutputStaging.FOLDER + "/"));
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, content) -> assertArrayEquals(content, after.get(name), name + " changed"));
  }
}
