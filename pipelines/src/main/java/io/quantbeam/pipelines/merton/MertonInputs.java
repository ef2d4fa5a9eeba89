package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonInput;
import io.quantbeam.transforms.rows.InputSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The Merton input options turned into checked inputs, before the pipeline is built: the firm
 * files (matched once, each header read once, the required columns present), and the rates file
 * read whole when given. Every file without a rate column needs the rates file.
 *
 * @param firms the checked {@code --input} files, or null for the built-in sample
 * @param ratesByDay days since 1970-01-01 → annual decimal yield from {@code --riskFreeRates}, or null
 */
record MertonInputs(CheckedInput firms, Map<Long, Double> ratesByDay) {

  /** @throws IllegalArgumentException naming the option or file when an input is wrong */
  static MertonInputs from(MertonOptions options) {
    FileFormat format = InputFiles.formatOption("inputFormat", options.getInputFormat());
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    boolean haveRatesFile = options.getRiskFreeRates() != null;
    if (sample) {
      if (haveRatesFile) {
        throw new IllegalArgumentException("--riskFreeRates needs --input: the built-in sample has its own rates");
      }
      return new MertonInputs(null, null);
    }
    try {
      CheckedInput firms = InputFiles.check("input", options.getInput(), format, MertonInput.SCHEMA);
      if (!haveRatesFile) {
        for (CheckedInput.InputFile file : firms.files()) {
          if (MertonInput.SCHEMA.resolve(file.path(), file.header())[MertonInput.RISK_FREE_RATE] == InputSchema.ABSENT) {
            throw new IllegalArgumentException(file.path() + " has no risk_free_rate (or DGS1) column; "
                + "give the rates with --riskFreeRates=<file with date,rate>");
          }
        }
      }
      return new MertonInputs(firms, haveRatesFile ? RiskFreeRates.read(options.getRiskFreeRates(), format) : null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
    }
  }
}
