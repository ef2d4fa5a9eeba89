package io.quantbeam.pipelines.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's reference data, {@code src-test/testdata/<name>}, from whichever module
 * folder the tests run in. The data lives in the repository so the suite runs from a plain clone.
 */
public final class ReferenceTestData {

  private ReferenceTestData() {}

  public static Path folder(String name) {
    Path relative = Path.of("src-test", "testdata", name);
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(relative + " not found in or above " + Path.of("").toAbsolutePath());
  }
}
