package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonInput;
import io.quantbeam.transforms.rows.InputSchema;
import java.io.IOException;

/**
 * Checks the Merton input before any work starts: the shared check (files match, open, have the
 * required columns), and every file without a rate column has the rates file to fall back on.
 */
final class MertonInputCheck {

  private MertonInputCheck() {}

  static CheckedInput check(String filePattern, FileFormat formatOrNull, boolean haveRatesFile) throws IOException {
    CheckedInput input = InputFiles.check("input", filePattern, formatOrNull, MertonInput.SCHEMA);
    if (!haveRatesFile) {
      for (CheckedInput.InputFile file : input.files()) {
        int[] columns = MertonInput.SCHEMA.resolve(file.path(), file.header());
        if (columns[MertonInput.RISK_FREE_RATE] == InputSchema.ABSENT) {
          throw new IllegalArgumentException(file.path() + " has no risk_free_rate (or DGS1) column; "
              + "give the rates with --riskFreeRates=<file with date,rate>");
        }
      }
    }
    return input;
  }
}
