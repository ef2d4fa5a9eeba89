package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.Cli;
import io.quantbeam.pipelines.Runners;
import io.quantbeam.pipelines.io.BatchFileWrite;
import io.quantbeam.pipelines.io.OutputFolder;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

/**
 * {@code merton-generate}: deterministic synthetic daily firm data in the Merton input format, at
 * any scale, to local files or s3://. Same seed, same data, on any runner.
 */
public final class MertonGeneratePipeline {

  static final String PREFIX = "firms";

  private MertonGeneratePipeline() {}

  public static void main(String[] args) {
    Cli.run(args, MertonGenerateOptions.class, MertonGeneratePipeline::run);
  }

  public static PipelineResult run(MertonGenerateOptions options) {
    long started = System.nanoTime();
    FileFormat format = FileFormat.parse("outputFormat", options.getOutputFormat());
    if (options.getFirms() < 1) {
      throw new IllegalArgumentException("--firms must be >= 1, got " + options.getFirms());
    }
    if (options.getYears() < 1) {
      throw new IllegalArgumentException("--years must be >= 1, got " + options.getYears());
    }
    String output = options.getOutput() != null ? options.getOutput() : "out/merton-input";
    Runners.tune(options);
    try {
      OutputFolder.clear(output, List.of(PREFIX + "-*"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + output + ": " + e.getMessage(), e);
    }
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("SimulateFirms", new SampleFirms(options.getFirms(), options.getYears(), options.getSeed(), false,
            4 * Runners.parallelism(options), options.getPanel()))
        .apply("WriteFirms", BatchFileWrite.to(output, PREFIX, format.suffix(), FirmInputSinks.of(format)));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    OutputFolder.removeEmptyTempFolder(output);
    long rows = SampleFirms.rowCount(options.getFirms(), options.getYears(), options.getSeed(), options.getPanel());
    System.out.printf(Locale.ROOT, "%nmerton-generate  %,d firms × %d years%s = %,d rows (seed %d) in %.1f s%n  written to  %s%n",
        options.getFirms(), options.getYears(), options.getPanel() ? " (panel: staggered listings)" : "", rows,
        options.getSeed(), (System.nanoTime() - started) / 1e9,
        OutputPaths.child(output, PREFIX + "-*" + format.suffix()));
    return result;
  }
}
