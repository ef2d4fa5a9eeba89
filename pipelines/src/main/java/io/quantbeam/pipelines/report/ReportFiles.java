package io.quantbeam.pipelines.report;

import io.quantbeam.pipelines.io.OutputPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Writes small text files (reports, manifests) into an output folder, local or s3://. */
public final class ReportFiles {

  private ReportFiles() {}

  public static void write(String folder, String name, String text, String mimeType) {
    ResourceId target = FileSystems.matchNewResource(OutputPaths.child(folder, name), false);
    try (Writer writer = Channels.newWriter(FileSystems.create(target, mimeType), StandardCharsets.UTF_8)) {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  public static void writeHtml(String folder, HtmlReport report) {
    write(folder, "report.html", report.render(), "text/html");
  }
}
