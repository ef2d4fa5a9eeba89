package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.merton.FirmChunk;
import io.quantbeam.transforms.merton.FirmChunkCoder;
import io.quantbeam.transforms.merton.MertonMetrics;
import io.quantbeam.transforms.merton.ObservationValidator;
import io.quantbeam.transforms.merton.Rejection;
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
 * Reads the Merton input files (a glob, CSV or Parquet, local or s3://), validates every row and
 * emits each firm's good rows in chunks of many rows; bad rows become dead letters.
 */
final class ReadFirmObservations extends PTransform<PBegin, PCollectionTuple> {

  static final TupleTag<FirmChunk> CHUNKS = new TupleTag<>() {};
  static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  private final String filePattern;
  private final FileFormat format;
  private final FirmIdSource firmIds;

  /** @param format the files' format, or null to tell it from each file's extension */
  ReadFirmObservations(String filePattern, FileFormat format) {
    this(filePattern, format, FirmIdSource.COLUMN);
  }

  /** @param firmIds where each file's firm ids come from */
  ReadFirmObservations(String filePattern, FileFormat format, FirmIdSource firmIds) {
    this.filePattern = filePattern;
    this.format = format;
    this.firmIds = firmIds;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("MatchFiles", FileIO.match().filepattern(filePattern))
        .apply("OpenFiles", FileIO.readMatches())
        .apply("ParseAndValidate", ParDo.of(new ReadFileFn(format, firmIds)).withOutputTags(CHUNKS, TupleTagList.of(REJECTED)));
    out.get(CHUNKS).setCoder(FirmChunkCoder.of());
    return out;
  }

  private static final class ReadFileFn extends DoFn<FileIO.ReadableFile, FirmChunk> {
    /** Rows kept per firm, and in all, before chunks are sent on: bounds memory for any file size. */
    private static final int MAX_CHUNK_ROWS = 1 << 16;
    private static final int MAX_BUFFERED_ROWS = 1 << 20;

    private final FileFormat format;
    private final FirmIdSource firmIds;
    private final Counter rowsIn = Metrics.counter(MertonMetrics.NAMESPACE, MertonMetrics.ROWS_IN);

    ReadFileFn(FileFormat format, FirmIdSource firmIds) {
      this.format = format;
      this.firmIds = firmIds;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      FileFormat fileFormat = format != null ? format : FileFormat.ofFileName(source);
      List<String> sources = List.of(source);
      Map<String, FirmChunk.Builder> buffered = new LinkedHashMap<>();
      int bufferedRows = 0;
      long rows = 0;
      try (TabularReader reader = TabularReader.open(file, fileFormat)) {
        ObservationValidator validator = new ObservationValidator(firmIds.columns(source, reader.header()),
            firmIds.fileFirmId(source, reader.header()));
        while (reader.next()) {
          rows++;
          InputRow row = reader.row();
          String malformation = reader.malformation();
          if (malformation != null) {
            reject(out, row, new Rejection("malformed_row", "the row " + malformation));
            continue;
          }
          String firmId = validator.firmId(row);
          if (firmId == null || firmId.isEmpty()) {
            reject(out, row, new Rejection("missing_firm_id", "firm_id is missing"));
            continue;
          }
          FirmChunk.Builder chunk = buffered.computeIfAbsent(firmId, id -> new FirmChunk.Builder(id, sources));
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
        rowsIn.inc(rows);
      }
      emitAll(buffered, out);
    }

    private static void reject(MultiOutputReceiver out, InputRow row, Rejection rejection) {
      out.get(REJECTED).output(new DeadLetter(row.source(), row.line(), "validate", rejection.reason(),
          rejection.detail(), row.payload()));
    }

    private static void emitAll(Map<String, FirmChunk.Builder> buffered, MultiOutputReceiver out) {
      for (FirmChunk.Builder chunk : buffered.values()) {
        if (chunk.size() > 0) {
          out.get(CHUNKS).output(chunk.build());
        }
      }
      buffered.clear();
    }
  }
}
