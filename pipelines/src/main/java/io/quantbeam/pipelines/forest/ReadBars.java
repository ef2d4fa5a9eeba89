package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.forest.BarChunk;
import io.quantbeam.transforms.forest.BarChunkCoder;
import io.quantbeam.transforms.forest.BarInputColumns;
import io.quantbeam.transforms.forest.BarValidator;
import io.quantbeam.transforms.forest.ForestMetrics;
import io.quantbeam.transforms.forest.Rejection;
import io.quantbeam.transforms.rows.InputRow;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads minute-bar files (a glob, CSV or Parquet, local or s3://), validates every row and emits
 * each symbol's good bars in chunks of many bars, keyed by symbol; bad rows become dead letters.
 */
final class ReadBars extends PTransform<PBegin, PCollectionTuple> {

  static final TupleTag<KV<String, BarChunk>> CHUNKS = new TupleTag<>() {};
  static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final String filePattern;
  private final FileFormat format;

  /** @param format the files' format, or null to tell it from each file's extension */
  ReadBars(String filePattern, FileFormat format) {
    this.filePattern = filePattern;
    this.format = format;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("MatchFiles", FileIO.match().filepattern(filePattern))
        .apply("OpenFiles", FileIO.readMatches())
        .apply("ParseAndValidate", ParDo.of(new ReadFileFn(format)).withOutputTags(CHUNKS, TupleTagList.of(REJECTED)));
    out.get(CHUNKS).setCoder(KvCoder.of(StringUtf8Coder.of(), BarChunkCoder.of()));
    return out;
  }

  private static final class ReadFileFn extends DoFn<FileIO.ReadableFile, KV<String, BarChunk>> {
    /** Bars kept per symbol, and in all, before chunks are sent on: bounds memory for any file size. */
    private static final int MAX_CHUNK_ROWS = 1 << 16;
    private static final int MAX_BUFFERED_ROWS = 1 << 20;

    private final FileFormat format;
    private final Counter barsIn = Metrics.counter(ForestMetrics.NAMESPACE, ForestMetrics.BARS_IN);

    ReadFileFn(FileFormat format) {
      this.format = format;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      FileFormat fileFormat = format != null ? format : FileFormat.ofFileName(source);
      List<String> sources = List.of(source);
      Map<String, BarChunk.Builder> buffered = new LinkedHashMap<>();
      int bufferedRows = 0;
      long rows = 0;
      try (TabularReader reader = TabularReader.open(file, fileFormat)) {
        BarValidator validator = new BarValidator(BarInputColumns.resolve(source, reader.header()));
        while (reader.next()) {
          rows++;
          InputRow row = reader.row();
          String malformation = reader.malformation();
          if (malformation != null) {
            reject(out, row, new Rejection("malformed_row", "the row " + malformation));
            continue;
          }
          String symbol = validator.symbol(row);
          if (symbol == null || symbol.isEmpty()) {
            reject(out, row, new Rejection("missing_symbol", "symbol is missing"));
            continue;
          }
          BarChunk.Builder chunk = buffered.computeIfAbsent(symbol, s -> new BarChunk.Builder(s, sources));
          Rejection rejection = validator.appendTo(row, 0, chunk);
          if (rejection != null) {
            reject(out, row, rejection);
            continue;
          }
          bufferedRows++;
          if (chunk.size() >= MAX_CHUNK_ROWS || bufferedRows >= MAX_BUFFERED_ROWS) {
            emitAll(buffered, out);
            bufferedRows = 0;
          }
        }
      } finally {
        barsIn.inc(rows);
      }
      emitAll(buffered, out);
    }

    private static void reject(MultiOutputReceiver out, InputRow row, Rejection rejection) {
      out.get(REJECTED).output(new DeadLetter(row.source(), row.line(), "validate", rejection.reason(),
          rejection.detail(), row.payload()));
    }

    private static void emitAll(Map<String, BarChunk.Builder> buffered, MultiOutputReceiver out) {
      for (BarChunk.Builder chunk : buffered.values()) {
        if (chunk.size() > 0) {
          BarChunk built = chunk.build();
          out.get(CHUNKS).output(KV.of(built.symbol(), built));
        }
      }
      buffered.clear();
    }
  }
}
