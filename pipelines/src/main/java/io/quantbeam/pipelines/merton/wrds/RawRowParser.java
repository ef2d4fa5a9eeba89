package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.rows.InputRow;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** Parses the rows of one raw file into per-permno column chunks. */
public interface RawRowParser {

  /**
   * Parses {@code row} and appends it to the builders of the permnos it belongs to.
   *
   * @param builderFor the chunk builder of a permno
   * @return null when the row was used (or deliberately skipped and counted), else its dead letter
   */
  DeadLetter parse(InputRow row, Function<String, RowChunk.Builder> builderFor);

  /** The dead letter of a row this file kind cannot use. */
  static DeadLetter reject(InputRow row, String reason, String detail) {
    return new DeadLetter(row.source(), row.line(), STEP, reason, detail, row.payload());
  }

  /** The step named in the dead letters of raw rows. */
  String STEP = "read";

  /** A raw file kind: checks a header and makes the parser for that file. */
  interface Kind extends Serializable {
    /** @throws IllegalArgumentException naming {@code source} when the header lacks required columns */
    RawRowParser open(String source, List<String> header);

    /** Makes an empty chunk builder for a permno. */
    RowChunk.Builder builder(String permno, List<String> sources);
  }
}
