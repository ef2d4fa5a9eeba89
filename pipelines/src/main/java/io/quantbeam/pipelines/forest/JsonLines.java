package io.quantbeam.pipelines.forest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.io.OutputPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;

/** Reads a small per-symbol JSON-lines file of a finished run back, sorted by symbol, for its summary. */
final class JsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  static List<JsonNode> bySymbol(String folder, String file) {
    List<JsonNode> rows = new ArrayList<>();
    String path = OutputPaths.child(folder, file);
    try (BufferedReader reader = new BufferedReader(Channels.newReader(
        FileSystems.open(FileSystems.matchNewResource(path, false)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    rows.sort(Comparator.comparing(n -> n.get("symbol").asText()));
    return rows;
  }
}
