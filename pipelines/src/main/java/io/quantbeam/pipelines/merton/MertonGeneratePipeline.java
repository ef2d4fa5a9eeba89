package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
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

  /** The catalog entry: {@code -Dpipeline=merton-generate}. */
  public static final PipelineEntry<MertonGenerateOptions> ENTRY = new PipelineEntry<>("merton-generate",
      "Synthetic daily firm data (equity, debt, rates) at any scale", MertonGenerateOptions.class,
      MertonGeneratePipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(MertonGenerateOptions options) {
    FileFormat format = FileFormat.parse("outputFormat", options.getOutputFormat());
    if (options.getFirms() < 1) {
      throw new IllegalArgumentException("--firms must be >= 1, got " + options.getFirms());
    }
    if (options.getYears() < 1) {
      throw new IllegalArgumentException("--years must be >= 1, got " + options.getYears());
    }
    String output = options.getOutput() != null ? options.getOutput() : "out/merton-input";
    PipelineRun run = ENTRY.start(options);
    OutputStaging staging = run.stage(output, List.of(PREFIX + "-*"));
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("SimulateFirms", new SampleFirms(options.getFirms(), options.getYears(), options.getSeed(), false,
            4 * Runners.parallelism(options), options.getPanel()))
        .apply("WriteFirms", FirmInputSinks.TABLE.writeTo(staging.location(), PREFIX, format));
    long rows = SampleFirms.rowCount(options.getFirms(), options.getYears(), options.getSeed(), options.getPanel());
    PipelineResult result = run.execute(pipeline, Progress.rowsWritten(PREFIX, "rows", () -> rows), staging);
    RunSummary summary = new RunSummary(ENTRY.name(), String.format(Locale.ROOT,
        "%,d firms × %d years%s = %,d rows (seed %d) in %.1f s", options.getFirms(), options.getYears(),
        options.getPanel() ? " (panel: staggered listings)" : "", rows,
        options.getSeed(), run.seconds()), 11)
        .fact("written to", OutputPaths.child(output, PREFIX + "-*" + format.suffix()));
    run.finishGenerator(output, "Synthetic firm data", summary, result);
    return result;
  }
}
