package io.quantbeam.pipelines.merton;

import io.quantbeam.transforms.merton.MertonInputColumns;
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
    boolean fromName = this == FILE_NAME || (this == AUTO && MertonInputColumns.looksLikeOneFirmPerFile(header));
    return fromName ? MertonInputColumns.firmIdOfFile(source) : null;
  }

  /** The file's columns, resolved for this source of firm ids. */
  MertonInputColumns columns(String source, List<String> header) {
    return MertonInputColumns.resolve(source, header, fileFirmId(source, header) != null);
  }
}
