package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.InputSchema;
import io.quantbeam.transforms.rows.ChunkBuffer;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.RowChunkCoder;
import io.quantbeam.transforms.rows.RowParser;
import java.io.IOException;
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
 * Reads the checked input files (CSV, CSV.gz or Parquet, local or s3://), parses every row against
 * an {@link InputSchema} and emits each key's good rows in {@link RowChunk}s of many rows
 * ({@link #CHUNKS}); bad rows become dead letters ({@link #REJECTED}). The files come from
 * {@link InputFiles#check}: the glob is not matched again.
 */
public final class ReadRows extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<RowChunk> CHUNKS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final CheckedInput input;
  private final InputSchema schema;
  private final String metricsNamespace;
  private final String rowsInCounter;

  private final Map<String, String> keyByFile;

  /** @param rowsInCounter the counter (in {@code metricsNamespace}) of rows read, good or bad */
  public ReadRows(CheckedInput input, InputSchema schema, String metricsNamespace, String rowsInCounter) {
    this(input, schema, metricsNamespace, rowsInCounter, Map.of());
  }

  /** @param keyByFile the key of every row of a file that holds one key and no key column, by path */
  public ReadRows(CheckedInput input, InputSchema schema, String metricsNamespace, String rowsInCounter,
      Map<String, String> keyByFile) {
    this.keyByFile = new java.util.HashMap<>(keyByFile);
    this.input = input;
    this.schema = schema;
    this.metricsNamespace = metricsNamespace;
    this.rowsInCounter = rowsInCounter;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("OpenFiles", new OpenCheckedFiles(input))
        .apply("ParseAndValidate", ParDo.of(new ReadFileFn(input.formats(), schema, metricsNamespace, rowsInCounter, keyByFile))
            .withOutputTags(CHUNKS, TupleTagList.of(REJECTED)));
    out.get(CHUNKS).setCoder(RowChunkCoder.of());
    return out;
  }

  private static final class ReadFileFn extends DoFn<FileIO.ReadableFile, RowChunk> {
    private final Map<String, FileFormat> formats;
    private final InputSchema schema;
    private final Counter rowsIn;
    private final Map<String, String> keyByFile;

    ReadFileFn(Map<String, FileFormat> formats, InputSchema schema, String namespace, String counter,
        Map<String, String> keyByFile) {
      this.keyByFile = keyByFile;
      this.formats = formats;
      this.schema = schema;
      this.rowsIn = Metrics.counter(namespace, counter);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      List<String> sources = List.of(source);
      ChunkBuffer chunks = new ChunkBuffer(
          key -> new RowChunk.Builder(key, sources, schema.wholeSlots(), schema.numberSlots()),
          chunk -> out.get(CHUNKS).output(chunk));
      long rows = 0;
      try (TabularReader reader = TabularReader.open(file, formats.get(source))) {
        RowParser parser = new RowParser(schema, source, reader.header(), keyByFile.get(source));
        while (reader.next()) {
          rows++;
          DeadLetter rejected = parser.parse(reader.row(), reader.malformation());
          if (rejected != null) {
            out.get(REJECTED).output(rejected);
            continue;
          }
          RowChunk.Builder chunk = chunks.chunkOf(parser.key());
          parser.appendTo(chunk, 0);
          chunks.rowAdded(chunk);
        }
      } finally {
        rowsIn.inc(rows);
      }
      chunks.flush();
    }
  }
}
