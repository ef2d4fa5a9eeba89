package io.quantbeam.pipelines.run;

import java.util.function.Function;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * One pipeline as the launcher knows it: the name given to {@code -Dpipeline=<name>}, a one-line
 * description, its options interface and its {@code run}. Each pipeline class declares its own
 * entry; the catalog only lists them.
 *
 * @param <O> the pipeline's options interface
 */
public record PipelineEntry<O extends PipelineOptions>(String name, String description, Class<O> options,
    Function<O, PipelineResult> run) {

  /** The command line: {@code --help}, option parsing with validation, user errors without a stack trace. */
  public void main(String[] args) {
    Cli.run(args, options, run);
  }

  /** Starts a run of this pipeline: see {@link PipelineRun#start}. */
  public PipelineRun start(O settings) {
    return PipelineRun.start(name, settings);
  }
}
