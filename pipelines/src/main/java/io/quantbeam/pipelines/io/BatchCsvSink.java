package io.quantbeam.pipelines.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileIO;

/**
 * A {@link FileIO.Sink} that writes every row of a batch element as a CSV line, after one header
 * line per file. Fields are written by {@link #writeRow} through a reused {@link CsvRowWriter}.
 *
 * @param <T> the batch type
 */
public abstract class BatchCsvSink<T> implements FileIO.Sink<T> {

  private static final long serialVersionUID = 1L;
  private static final int BUFFER_CHARS = 1 << 16;

  private final String header;
  private transient Writer writer;
  private transient CsvRowWriter rowWriter;

  protected BatchCsvSink(String header) {
    this.header = header;
  }

  protected abstract int rowCount(T batch);

  protected abstract void writeRow(T batch, int row, CsvRowWriter out) throws IOException;

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), BUFFER_CHARS);
    rowWriter = new CsvRowWriter(writer);
    writer.write(header);
    writer.write('\n');
  }

  @Override
  public void write(T batch) throws IOException {
    int rows = rowCount(batch);
    for (int row = 0; row < rows; row++) {
      writeRow(batch, row, rowWriter);
      rowWriter.endRow();
    }
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }
}
