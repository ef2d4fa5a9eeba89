package io.quantbeam.pipelines.io;

/** Paths under an output folder, the same way for local folders and s3:// prefixes. */
public final class OutputPaths {

  private OutputPaths() {}

  /** {@code folder/name}, with exactly one slash between them. */
  public static String child(String folder, String name) {
    String base = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    return base + "/" + name;
  }
}
