package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.options.FileFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/** For the benchmark: the generator's CSV shards joined into one file, the shape of a database export. */
final class OneFile {

  private OneFile() {}

  /** @return the joined file's path */
  static String concatenate(String glob, String target, FileFormat format) {
    if (format != FileFormat.CSV) {
      throw new IllegalArgumentException("--oneFile needs --benchmarkInputFormat=csv: Parquet files are not joined by appending");
    }
    try {
      List<ResourceId> parts = new ArrayList<>();
      for (MatchResult.Metadata m : FileSystems.match(glob, EmptyMatchTreatment.DISALLOW).metadata()) {
        parts.add(m.resourceId());
      }
      parts.sort((a, b) -> a.toString().compareTo(b.toString()));
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(FileSystems.matchNewResource(target, false),
          "text/csv"))) {
        boolean first = true;
        for (ResourceId part : parts) {
          try (BufferedReader in = new BufferedReader(Channels.newReader(FileSystems.open(part), StandardCharsets.UTF_8),
              1 << 16)) {
            String header = in.readLine();
            if (first && header != null) {
              out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
              first = false;
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot join " + glob + " into " + target + ": " + e.getMessage(), e);
    }
  }
}
