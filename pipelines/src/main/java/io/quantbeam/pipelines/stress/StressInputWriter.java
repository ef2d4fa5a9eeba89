package io.quantbeam.pipelines.stress;

import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.Position;
import io.quantbeam.models.stress.SampleHistory;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;

/** Writes stress inputs (market JSON, covariance CSV, a small portfolio) to a folder, local or s3://. */
final class StressInputWriter {

  static final String MARKET = "market.json";
  static final String COVARIANCE = "covariance.csv";
  static final String PORTFOLIO = "portfolio";
  static final String HISTORY = "history.csv";

  private StressInputWriter() {}

  /** Writes {@code market.json} and returns its path. */
  static String market(String folder, MarketData market) throws IOException {
    return text(OutputPaths.child(folder, MARKET), MarketJson.write(market));
  }

  /** Writes {@code covariance.csv} and returns its path. */
  static String covariance(String folder, FactorCovariance covariance) throws IOException {
    return text(OutputPaths.child(folder, COVARIANCE), CovarianceCsv.write(covariance));
  }

  /** Writes the positions as one file {@code portfolio.csv} or {@code portfolio.parquet}; returns its path. */
  static String portfolio(String folder, List<Position> positions, FileFormat format) throws IOException {
    String path = OutputPaths.child(folder, PORTFOLIO + format.suffix());
    FileIO.Sink<PositionBatch> sink = PortfolioSinks.TABLE.sink(format);
    try (WritableByteChannel channel = create(path)) {
      sink.open(channel);
      sink.write(new PositionBatch(positions));
      sink.flush();
    }
    return path;
  }

  /** Writes {@code history.csv} (date, then one column per factor, daily levels) and returns its path. */
  static String history(String folder, SampleHistory.History history) throws IOException {
    StringBuilder csv = new StringBuilder(HistoryFile.DATE);
    history.layout().factorIds().forEach(f -> csv.append(',').append(f));
    csv.append('\n');
    for (int d = 0; d < history.dates().length; d++) {
      csv.append(history.dates()[d]);
      for (double level : history.levels()[d]) {
        csv.append(',').append(level);
      }
      csv.append('\n');
    }
    return text(OutputPaths.child(folder, HISTORY), csv.toString());
  }

  private static String text(String path, String content) throws IOException {
    try (WritableByteChannel channel = create(path)) {
      ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
    return path;
  }

  private static WritableByteChannel create(String path) throws IOException {
    return FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.BINARY);
  }
}
