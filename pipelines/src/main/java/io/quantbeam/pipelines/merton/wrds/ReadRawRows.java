package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import io.quantbeam.transforms.prepare.PrepareMetrics;
import io.quantbeam.transforms.rows.InputRow;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads raw files of one kind (a glob, CSV or Parquet, local or s3://) into per-permno column
 * chunks of many rows; rows the kind rejects become dead letters naming file and line.
 */
public final class ReadRawRows extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<RowChunk> CHUNKS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final String filePattern;
  private final FileFormat format;
  private final RawRowParser.Kind kind;
  private final String rowsInCounter;

  /**
   * @param format the files' format, or null to tell it from each file's extension
   * @param rowsInCounter the counter of rows read ({@link PrepareMetrics})
   */
  public ReadRawRows(String filePattern, FileFormat format, RawRowParser.Kind kind, String rowsInCounter) {
    this.filePattern = filePattern;
    this.format = format;
    this.kind = kind;
    this.rowsInCounter = rowsInCounter;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("MatchFiles", FileIO.match().filepattern(filePattern))
        .apply("OpenFiles", FileIO.readMatches())
        .apply("Parse", ParDo.of(new ReadFileFn(format, kind, rowsInCounter))
            .withOutputTags(CHUNKS, TupleTagList.of(REJECTED)));
    out.get(CHUNKS).setCoder(RowChunkCoder.of());
    return out;
  }

  private static final class ReadFileFn extends DoFn<FileIO.ReadableFile, RowChunk> {
    /** Rows kept per permno, and in all, before chunks are sent on: bounds memory for any file size. */
    private static final int MAX_CHUNK_ROWS = 1 << 16;
    private static final int MAX_BUFFERED_ROWS = 1 << 20;

    private final FileFormat format;
    private final RawRowParser.Kind kind;
    private final Counter rowsIn;

    ReadFileFn(FileFormat format, RawRowParser.Kind kind, String rowsInCounter) {
      this.format = format;
      this.kind = kind;
      this.rowsIn = Metrics.counter(PrepareMetrics.NAMESPACE, rowsInCounter);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      FileFormat fileFormat = format != null ? format : FileFormat.ofFileName(source);
      List<String> sources = List.of(source);
      Map<String, RowChunk.Builder> buffered = new LinkedHashMap<>();
      long rows = 0;
      int bufferedRows = 0;
      RowChunk.Builder[] touched = new RowChunk.Builder[1]; // the chunk the last row went to
      try (TabularReader reader = TabularReader.open(file, fileFormat)) {
        RawRowParser parser = kind.open(source, reader.header());
        while (reader.next()) {
          rows++;
          InputRow row = reader.row();
          DeadLetter rejection = reader.malformation() != null
              ? RawRowParser.reject(row, "malformed_row", "the row " + reader.malformation())
              : parser.parse(row, permno -> touched[0] = buffered.computeIfAbsent(permno, p -> kind.builder(p, sources)));
          if (rejection != null) {
            out.get(REJECTED).output(rejection);
            continue;
          }
          if (++bufferedRows >= MAX_BUFFERED_ROWS || (touched[0] != null && touched[0].size() >= MAX_CHUNK_ROWS)) {
            emitAll(buffered, out);
            bufferedRows = 0;
          }
        }
      } finally {
        rowsIn.inc(rows);
      }
      emitAll(buffered, out);
    }

    private static void emitAll(Map<String, RowChunk.Builder> buffered, MultiOutputReceiver out) {
      for (RowChunk.Builder chunk : buffered.values()) {
        if (chunk.size() > 0) {
          out.get(CHUNKS).output(chunk.build());
        }
      }
      buffered.clear();
    }
  }
}
