package io.quantbeam.pipelines.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/testdata beside the checkout, from whichever module folder the tests run in. */
public final class SharedTestData {

  private SharedTestData() {}

  public static Path folder(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("testdata").resolve(name);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/testdata/" + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
