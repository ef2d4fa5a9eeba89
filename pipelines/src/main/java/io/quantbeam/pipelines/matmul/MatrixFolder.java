package io.quantbeam.pipelines.matmul;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.NpyFormatException;
import io.quantbeam.models.matmul.NpyHeader;
import io.quantbeam.pipelines.io.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * A block matrix on storage (local folder or s3:// prefix): {@code matrix.json} with the layout,
 * and {@code block-<i>-<j>.npy} per block. {@code matrix.json} is written last and removed first,
 * so a folder that has it holds a complete matrix.
 *
 * @param location the folder or prefix as the user gave it
 */
public record MatrixFolder(String location) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String METADATA = "matrix.json";
  private static final String BLOCK_GLOB = "block-*.npy";
  /** The files of a matrix, relative to its folder: what a new matrix written there replaces. */
  public static final List<String> FILES = List.of(METADATA, BLOCK_GLOB);
  /** The smallest .npy header (NumPy aligns headers to 64 bytes). */
  private static final int MIN_HEADER_BYTES = 64;
  private static final int MAX_LISTED_PROBLEMS = 5;
  private static final Set<String> FIELDS = Set.of("rows", "cols", "blockRows", "blockCols", "dtype", "format");
  private static final ObjectMapper JSON = new ObjectMapper();

  public MatrixFolder {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("a matrix folder path must not be empty");
    }
    location = location.trim();
  }

  /** File name of block (i, j). */
  public static String blockName(int i, int j) {
    return "block-" + i + "-" + j + ".npy";
  }

  /** The resource of block (i, j). */
  public ResourceId block(int i, int j) {
    return file(blockName(i, j));
  }

  /** Full path of block (i, j), for messages. */
  public String blockPath(int i, int j) {
    return block(i, j).toString();
  }

  /** The folder as a resolved directory; two folders are the same place if these are equal. */
  public ResourceId directory() {
    return FileSystems.matchNewResource(location, true);
  }

  private ResourceId file(String name) {
    return directory().resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  /**
   * Reads and validates {@code matrix.json}.
   *
   * @throws IllegalArgumentException naming the folder if it is missing or invalid
   */
  public MatrixLayout readLayout() throws IOException {
    ResourceId metadata = file(METADATA);
    if (FileSystems.match(metadata.toString(), EmptyMatchTreatment.ALLOW).metadata().isEmpty()) {
      throw new IllegalArgumentException("no block matrix at " + location + ": " + METADATA
          + " is missing (not a matrix folder, or a run that did not finish)");
    }
    JsonNode json;
    try (InputStream in = Channels.newInputStream(FileSystems.open(metadata))) {
      json = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(metadata + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException(metadata + " must hold a JSON object");
    }
    List<String> unknown = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(metadata + " has unknown fields " + unknown + "; expected " + FIELDS);
    }
    if (!MatrixLayout.DTYPE.equals(json.path("dtype").asText(null))) {
      throw new IllegalArgumentException(metadata + ": dtype must be \"" + MatrixLayout.DTYPE + "\", got "
          + json.get("dtype"));
    }
    if (!json.path("format").isInt() || json.get("format").intValue() != MatrixLayout.FORMAT) {
      throw new IllegalArgumentException(metadata + ": format must be " + MatrixLayout.FORMAT + ", got "
          + json.get("format"));
    }
    try {
      return new MatrixLayout(positiveInt(json, "rows", metadata), positiveInt(json, "cols", metadata),
          positiveInt(json, "blockRows", metadata), positiveInt(json, "blockCols", metadata));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(metadata + ": " + e.getMessage(), e);
    }
  }

  private static int positiveInt(JsonNode json, String field, ResourceId metadata) {
    JsonNode value = json.get(field);
    if (value == null || !value.isInt() || value.intValue() <= 0) {
      throw new IllegalArgumentException(metadata + ": " + field + " must be a positive integer, got " + value);
    }
    return value.intValue();
  }

  /**
   * Checks before any work that every block of the layout exists and is long enough to hold its
   * values (the readers check each header and length exactly).
   *
   * @throws IllegalArgumentException naming the missing or truncated blocks
   */
  public void checkBlocksPresent(MatrixLayout layout, String matrixName) throws IOException {
    Map<String, Long> sizes = new HashMap<>();
    MatchResult match = FileSystems.match(file(BLOCK_GLOB).toString(), EmptyMatchTreatment.ALLOW);
    if (match.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata block : match.metadata()) {
        sizes.put(block.resourceId().getFilename(), block.sizeBytes());
      }
    }
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        Long size = sizes.get(blockName(i, j));
        long needed = MIN_HEADER_BYTES + new NpyHeader(layout.rowsInBlockRow(i), layout.colsInBlockCol(j), false,
            MIN_HEADER_BYTES).dataBytes();
        String problem = size == null ? blockName(i, j) + " is missing"
            : size < needed ? tooShort(layout, i, j, size, needed)
            : null;
        if (problem != null) {
          count++;
          if (problems.size() < MAX_LISTED_PROBLEMS) {
            problems.add(problem);
          }
        }
      }
    }
    if (count > 0) {
      throw new IllegalArgumentException("matrix " + matrixName + " at " + location + " (" + layout.describe() + "): "
          + count + " bad block" + (count == 1 ? "" : "s") + ": " + String.join("; ", problems)
          + (count > problems.size() ? "; …" : ""));
    }
  }

  /**
   * What is wrong with a block file too short for its shape: its header tells a block of another dtype
   * or shape (or no .npy file at all) from one cut short.
   */
  private String tooShort(MatrixLayout layout, int i, int j, long size, long needed) throws IOException {
    int rows = layout.rowsInBlockRow(i);
    int cols = layout.colsInBlockCol(j);
    try (ReadableByteChannel channel = FileSystems.open(block(i, j))) {
      NpyHeader header = new NpyBlockChannel().readHeader(channel);
      if (header.rows() != rows || header.cols() != cols) {
        return blockName(i, j) + " has shape (" + header.rows() + ", " + header.cols() + "), the layout needs ("
            + rows + ", " + cols + ")";
      }
    } catch (NpyFormatException e) {
      if (!e.getMessage().startsWith("truncated")) {
        return blockName(i, j) + ": " + e.getMessage();
      }
    }
    return blockName(i, j) + " is truncated: " + size + " bytes, a " + rows + " x " + cols
        + " float64 block needs at least " + needed;
  }

  /**
   * Makes the folder ready for a new matrix: removes {@code matrix.json} first (so from here on the
   * old matrix no longer looks complete), then the old blocks.
   */
  public void clearForWriting() throws IOException {
    FileSystems.delete(List.of(file(METADATA)), StandardMoveOptions.IGNORE_MISSING_FILES);
    OutputFolder.clear(location, List.of(BLOCK_GLOB));
  }

  /** Writes {@code matrix.json} through a temporary file and a rename, so it is never seen half-written. */
  public void writeLayout(MatrixLayout layout) throws IOException {
    ObjectNode json = JSON.createObjectNode()
        .put("rows", layout.rows())
        .put("cols", layout.cols())
        .put("blockRows", layout.blockRows())
        .put("blockCols", layout.blockCols())
        .put("dtype", MatrixLayout.DTYPE)
        .put("format", MatrixLayout.FORMAT);
    ResourceId temporary = file("." + METADATA + "-" + UUID.randomUUID() + ".tmp");
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT))) {
      out.write((JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temporary), List.of(file(METADATA)));
  }

  @Override
  public String toString() {
    return location;
  }
}
