package io.quantbeam.pipelines.io;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Prepares an output folder for a rerun: removes the files an earlier run of the same pipeline
 * wrote there, so that a run with fewer shards leaves no stale shard behind. Other files stay.
 */
public final class OutputFolder {

  private OutputFolder() {}

  /**
   * Removes the empty {@code .temp-beam} folder Beam's file writes leave in a local output folder
   * once their temp files are renamed (object stores have no folders, so nothing is left there).
   */
  public static void removeEmptyTempFolder(String folder) {
    if (folder.contains("://") && !folder.startsWith("file://")) {
      return;
    }
    Path temp = Path.of(folder.startsWith("file://") ? URI.create(folder).getPath() : folder).resolve(".temp-beam");
    try (Stream<Path> entries = Files.exists(temp) ? Files.list(temp) : Stream.empty()) {
      if (Files.isDirectory(temp) && entries.findAny().isEmpty()) {
        Files.delete(temp);
      }
    } catch (IOException e) {
      // a folder someone else is using, or already gone: leave it
    }
  }

  /**
   * Checks, before any work, that {@code folder} can be created and written to: writes a probe object
   * there and deletes it (local folders and s3:// prefixes alike).
   *
   * @throws IllegalArgumentException naming {@code --output} and the folder when it cannot be written
   */
  public static void checkWritable(String folder) {
    ResourceId probe = FileSystems.matchNewResource(OutputPaths.child(folder, ".quantbeam-probe-" + UUID.randomUUID()),
        false);
    try {
      try (WritableByteChannel channel = FileSystems.create(probe, MimeTypes.BINARY)) {
        channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
      }
      FileSystems.delete(List.of(probe), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      throw new IllegalArgumentException("--output: cannot write to " + folder + " (" + why + "). Give a folder that "
          + "can be created and written to (on s3://, a bucket that exists and a role allowed to put and delete objects "
          + "under the prefix).", e);
    }
  }

  /** Deletes the files matching each of {@code globs} (relative to {@code folder}). */
  public static void clear(String folder, List<String> globs) throws IOException {
    List<ResourceId> stale = new ArrayList<>();
    for (String glob : globs) {
      MatchResult match = FileSystems.match(OutputPaths.child(folder, glob), EmptyMatchTreatment.ALLOW);
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata file : match.metadata()) {
          stale.add(file.resourceId());
        }
      }
    }
    if (!stale.isEmpty()) {
      FileSystems.delete(stale, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
