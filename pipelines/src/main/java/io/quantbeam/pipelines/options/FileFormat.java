package io.quantbeam.pipelines.options;

import java.util.Locale;

/** The tabular file formats quantbeam reads and writes. */
public enum FileFormat {
  CSV(".csv"),
  PARQUET(".parquet");

  private final String suffix;

  FileFormat(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }

  /** Parses an option value (case-insensitive); the error names the option. */
  public static FileFormat parse(String optionName, String value) {
    if (value != null) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "csv":
          return CSV;
        case "parquet":
          return PARQUET;
        default:
          break;
      }
    }
    throw new IllegalArgumentException("--" + optionName + " must be csv or parquet, got '" + value + "'");
  }

  /** The format a file name says it has, for {@code --inputFormat=auto}. */
  public static FileFormat ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet") || name.endsWith(".parq")) {
      return PARQUET;
    }
    if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".txt")) {
      return CSV;
    }
    throw new IllegalArgumentException("cannot tell the format of '" + fileName
        + "' from its name; set --inputFormat=csv or --inputFormat=parquet");
  }
}
