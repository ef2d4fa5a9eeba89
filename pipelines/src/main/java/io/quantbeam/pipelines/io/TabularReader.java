package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.rows.InputRow;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Reads a CSV (with header, optionally gzip-compressed) or Parquet file row by row, as
 * {@link InputRow}s. The row object is reused: read what you need before calling {@link #next()}.
 */
public interface TabularReader extends Closeable {

  /** Column names, in file order. */
  List<String> header();

  /** Moves to the next row; false at the end of the file. */
  boolean next() throws IOException;

  /** The current row. */
  InputRow row();

  /** Null when the current row has the header's shape, else why it has not (e.g. a CSV line with too few fields). */
  String malformation();

  /** Opens a file matched by {@link FileIO#readMatches()}. */
  static TabularReader open(FileIO.ReadableFile file, FileFormat format) throws IOException {
    String source = file.getMetadata().resourceId().toString();
    return format == FileFormat.PARQUET
        ? new ParquetTabularReader(source, file.openSeekable())
        : new CsvTabularReader(source, file.open());
  }

  /** Opens a file found by {@link FileSystems#match}, e.g. to check its header before a run. */
  static TabularReader open(MatchResult.Metadata file, FileFormat format) throws IOException {
    String source = file.resourceId().toString();
    ReadableByteChannel channel = FileSystems.open(file.resourceId());
    if (format == FileFormat.PARQUET) {
      if (!(channel instanceof SeekableByteChannel seekable)) {
        channel.close();
        throw new IOException(source + " cannot be read as Parquet: its filesystem does not support seeking");
      }
      return new ParquetTabularReader(source, seekable);
    }
    return new CsvTabularReader(source, Compression.detect(source).readDecompressed(channel));
  }
}
