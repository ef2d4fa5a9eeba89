package io.quantbeam.pipelines.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * A run's outputs written aside and swapped in only when the run succeeds, so that a failed rerun
 * leaves the previous run's results exactly as they were. The run writes under
 * {@code <output>/.staging/}; {@link #commit} then deletes the previous run's files (the pipeline's
 * own globs, as {@link OutputFolder#clear} did before the run) and renames the staged files into
 * {@code <output>}. Local folders and s3:// prefixes alike (Beam FileSystems: match, rename, delete;
 * on S3 a rename is a server-side copy and a delete).
 *
 * <p>The swap itself is not atomic: a process killed during {@link #commit} (a few renames) can
 * leave a mix, and a process killed before it leaves the previous results in place and a stale
 * {@code .staging/}, which the next run removes first.
 */
public final class OutputStaging {

  /** The staging folder's name under the output folder. */
  public static final String FOLDER = ".staging";

  private final String output;
  private final List<String> previousRunGlobs;

  private OutputStaging(String output, List<String> previousRunGlobs) {
    this.output = output;
    this.previousRunGlobs = List.copyOf(previousRunGlobs);
  }

  /**
   * An empty staging folder under {@code output} (what a crashed run left there is removed).
   *
   * @param previousRunGlobs the files, relative to {@code output}, that the previous run of the
   *     same pipeline wrote and a successful run replaces (e.g. {@code results-*}, {@code dead-letter/*})
   */
  public static OutputStaging under(String output, List<String> previousRunGlobs) throws IOException {
    OutputStaging staging = new OutputStaging(output, previousRunGlobs);
    staging.discard();
    return staging;
  }

  /** The final output folder. */
  public String output() {
    return output;
  }

  /** Where the run writes its files: the same relative names as in the final folder. */
  public String location() {
    return OutputPaths.child(output, FOLDER);
  }

  /** Replaces the previous run's files by the staged ones; call once the run has succeeded. */
  public void commit() throws IOException {
    List<ResourceId> staged = stagedFiles();
    OutputFolder.clear(output, previousRunGlobs);
    if (!staged.isEmpty()) {
      String marker = "/" + FOLDER + "/";
      List<ResourceId> targets = new ArrayList<>(staged.size());
      for (ResourceId file : staged) {
        String name = file.toString();
        String relative = name.substring(name.lastIndexOf(marker) + marker.length());
        targets.add(FileSystems.matchNewResource(OutputPaths.child(output, relative), false));
      }
      FileSystems.rename(staged, targets, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
    removeLocalFolder();
  }

  /** Deletes whatever was staged; the previous run's files stay untouched. */
  public void discard() throws IOException {
    List<ResourceId> staged = stagedFiles();
    if (!staged.isEmpty()) {
      FileSystems.delete(staged, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
    removeLocalFolder();
  }

  private List<ResourceId> stagedFiles() throws IOException {
    MatchResult match = FileSystems.match(OutputPaths.child(location(), "**"), EmptyMatchTreatment.ALLOW);
    List<ResourceId> files = new ArrayList<>();
    if (match.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata file : match.metadata()) {
        if (!file.resourceId().isDirectory()) {
          files.add(file.resourceId());
        }
      }
    }
    return files;
  }

  /** Local folders outlive their files (object stores have none): remove the emptied tree. */
  private void removeLocalFolder() throws IOException {
    String folder = location();
    if (folder.contains("://") && !folder.startsWith("file://")) {
      return;
    }
    Path root = Path.of(folder.startsWith("file://") ? URI.create(folder).getPath() : folder);
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
