package io.quantbeam.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.testing.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFileWriteTest {

  /** Each element n is a batch of n rows "n,i"; the element 13 cannot be written. */
  static final class RowsSink extends BatchCsvSink<Integer> {
    RowsSink() {
      super("batch,row");
    }

    @Override
    protected int rowCount(Integer batch) {
      return batch;
    }

    @Override
    protected void writeRow(Integer batch, int row, CsvRowWriter out) throws IOException {
      if (batch == 13) {
        throw new IOException("batch 13 is unlucky");
      }
      out.number(batch).number(row);
    }
  }

  private static void write(Path folder, List<Integer> batches) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply(Create.of(batches).withCoder(VarIntCoder.of()))
        .apply(BatchFileWrite.to(folder.toString(), "rows", ".csv", new RowsSink()));
    p.run().waitUntilFinish();
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void writesEveryRowOnceUnderFinalNamesAndLeavesNoTempFiles(@TempDir Path dir) throws IOException {
    List<Integer> batches = IntStream.rangeClosed(1, 40).filter(n -> n != 13).boxed().toList();
    write(dir, batches);
    List<String> rows = OutputFiles.csvRows(dir, "rows-*-of-*.csv", "batch,row");
    assertEquals(batches.stream().mapToInt(Integer::intValue).sum(), rows.size());
    assertEquals(rows.size(), rows.stream().distinct().count(), "no row twice");
    assertTrue(entries(dir).stream().allMatch(name -> name.matches("rows-\\d{5}-of-\\d{5}\\.csv")), entries(dir).toString());
  }

  @Test
  void aFailedWriteLeavesNoFileThatLooksFinished(@TempDir Path dir) throws IOException {
    assertThrows(RuntimeException.class, () -> write(dir, List.of(1, 2, 13, 4)));
    assertTrue(OutputFiles.matching(dir, "rows-*").isEmpty(), entries(dir).toString());
  }
}
