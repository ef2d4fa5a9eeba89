package io.quantbeam.pipelines.merton;

import io.quantbeam.transforms.merton.MertonInput;
import java.util.List;
import java.util.Locale;

/**
 * Where a Merton input file's firm ids come from ({@code --firmIdFrom}): a column (long format),
 * or the file's name (the published study's layout: one CSV per firm, named by the firm, with the
 * date as pandas' unnamed index). {@code auto} takes the file name exactly when the firm column is
 * absent and the header's first name is empty or {@code date}.
 */
enum FirmIdSource {
  AUTO, COLUMN, FILE_NAME;

  static FirmIdSource parse(String value) {
    return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace("_", "")) {
      case "auto" -> AUTO;
      case "column" -> COLUMN;
      case "filename" -> FILE_NAME;
      default -> throw new IllegalArgumentException("--firmIdFrom must be auto, column or fileName, got '" + value + "'");
    };
  }

  /** The firm id of every row of {@code source}, or null when the rows carry their own. */
  String fileFirmId(String source, List<String> header) {
    boolean fromName = this == FILE_NAME || (this == AUTO && MertonInput.SCHEMA.looksLikeOneKeyPerFile(header));
    return fromName ? firmIdOfFile(source) : null;
  }

  /** The firm id a per-firm file's name gives: the name without folders and extensions ({@code 10001.csv.gz} → 10001). */
  static String firmIdOfFile(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
