package io.quantbeam.pipelines.fanout;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the integration tests find the build's jars and scripts and put their own files. */
final class ItPaths {

  private ItPaths() {}

  private static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run the integration tests with "
          + "`mvn verify` (the failsafe plugin sets it)");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  /** The repository root (runner-configs/, emr-serverless/). */
  static Path repository() {
    return property("quantbeam.repository");
  }

  /** pipelines/target/it: logs, cluster and endpoint state, runs' outputs. */
  static Path itRoot() {
    return property("quantbeam.buildDirectory").resolve("it");
  }

  /** A fresh, empty folder under {@link #itRoot()}. */
  static Path freshFolder(String first, String... more) {
    Path folder = itRoot().resolve(Path.of(first, more));
    TreeFiles.deleteRecursively(folder);
    TreeFiles.createDirectories(folder);
    return folder;
  }

  static Path flinkJar() {
    return existing(property("quantbeam.flinkJar"));
  }

  static Path emrJar() {
    return existing(property("quantbeam.emrJar"));
  }

  static Path s3ProxyJar() {
    return existing(property("quantbeam.s3proxyJar"));
  }

  static Path preset(String name) {
    return existing(repository().resolve("runner-configs/presets/" + name + ".options"));
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " does not exist; `mvn package` builds it");
    }
    return file;
  }
}
