package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.merton.MertonInput;
import io.quantbeam.transforms.rows.InputSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;

/**
 * The Merton input options turned into checked inputs, before the pipeline is built: the firm
 * files (matched once, each header read once, the required columns present), and the rates file
 * read whole when given. Every file without a rate column needs the rates file; a file whose rates
 * look like percentages is refused ({@link PercentRateCheck}).
 *
 * @param firms the checked {@code --input} files, or null for the built-in sample
 * @param ratesByDay days since 1970-01-01 → annual decimal yield from {@code --riskFreeRates}, or null
 * @param firmIdByFile the firm of each file that holds one firm and no firm column ({@code --firmIdFrom})
 */
record MertonInputs(CheckedInput firms, Map<Long, Double> ratesByDay, Map<String, String> firmIdByFile) {

  /** Bytes per row, roughly, of the generator's files: Parquet (snappy) ≈ 24, CSV ≈ 93. */
  private static final int PARQUET_ROW_BYTES = 24;
  private static final int CSV_ROW_BYTES = 90;

  /** @throws IllegalArgumentException naming the option or file when an input is wrong */
  static MertonInputs from(MertonOptions options) {
    FileFormat format = InputFiles.formatOption("inputFormat", options.getInputFormat());
    boolean sample = options.getInput() == null || options.getInput().isBlank();
    boolean haveRatesFile = options.getRiskFreeRates() != null;
    FirmIdSource firmIds = FirmIdSource.parse(options.getFirmIdFrom());
    if (sample) {
      if (haveRatesFile) {
        throw new IllegalArgumentException("--riskFreeRates needs --input: the built-in sample has its own rates");
      }
      return new MertonInputs(null, null, Map.of());
    }
    try {
      CheckedInput firms = InputFiles.check("input", options.getInput(), format, null);
      Map<String, String> firmIdByFile = new HashMap<>();
      for (CheckedInput.InputFile file : firms.files()) {
        String firmId = firmIds.fileFirmId(file.path(), file.header());
        int[] columns = MertonInput.SCHEMA.resolve(file.path(), file.header(), firmId != null);
        if (firmId != null) {
          firmIdByFile.put(file.path(), firmId);
        }
        int rate = columns[MertonInput.RISK_FREE_RATE];
        if (rate == InputSchema.ABSENT && !haveRatesFile) {
          throw new IllegalArgumentException(file.path() + " has no risk_free_rate (or DGS1) column; "
              + "give the rates with --riskFreeRates=<file with date,rate>");
        }
        if (rate != InputSchema.ABSENT) {
          checkRateUnit(file, rate);
        }
      }
      return new MertonInputs(firms, haveRatesFile ? RiskFreeRates.read(options.getRiskFreeRates(), format) : null,
          firmIdByFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
    }
  }

  /** Input rows, estimated from the files' sizes (to size the firm shards). */
  long estimatedRows() {
    return firms == null ? 0 : firms.files().stream()
        .mapToLong(f -> f.sizeBytes() / (f.format() == FileFormat.PARQUET ? PARQUET_ROW_BYTES : CSV_ROW_BYTES)).sum();
  }

  /** Reads the file's first rates and refuses a file of percentages. */
  private static void checkRateUnit(CheckedInput.InputFile file, int column) throws IOException {
    double[] rates = new double[PercentRateCheck.SAMPLE_ROWS];
    int count = 0;
    try (TabularReader reader = TabularReader.open(FileSystems.matchSingleFileSpec(file.path()), file.format())) {
      while (count < rates.length && reader.next()) {
        if (reader.malformation() == null && !reader.row().isEmpty(column)) {
          try {
            rates[count++] = reader.row().number(column);
          } catch (NumberFormatException e) {
            // a bad row is the run's business (a dead letter), not the unit check's
          }
        }
      }
    }
    PercentRateCheck.check(file.path(), file.header().get(column), rates, count);
  }
}
