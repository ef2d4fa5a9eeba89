package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.io.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes a finished run's work folder: the prepared matrices and any sub-forest parts a failed
 * run left. On a local disk the emptied folders go too (object stores have none).
 */
final class WorkFolder {

  private WorkFolder() {}

  static void delete(String folder) {
    try {
      if (folder.contains("://")) {
        OutputFolder.clear(folder, List.of("prepared/*", "parts/*/*"));
        return;
      }
      Path root = Path.of(folder);
      if (Files.exists(root)) {
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      Path parent = root.getParent();
      if (parent != null && parent.getFileName().toString().equals("_work")) {
        try (Stream<Path> rest = Files.list(parent)) {
          if (rest.findAny().isEmpty()) {
            Files.delete(parent);
          }
        }
      }
    } catch (IOException e) {
      System.err.println("quantbeam: could not remove the work folder " + folder + ": " + e.getMessage());
    }
  }
}
