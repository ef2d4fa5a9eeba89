package io.quantbeam.pipelines;

import io.quantbeam.pipelines.options.OptionsFiles;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.ApplicationNameOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command-line wrapper every pipeline's {@code main} uses: {@code --help}, option parsing with
 * validation, and user errors reported as one message without a stack trace.
 *
 * <p>Exit codes: 0 success, 2 bad options or input (the message names what is wrong), 1 a failure
 * during the run.
 */
public final class Cli {

  private Cli() {}

  public static <O extends PipelineOptions> void run(String[] args, Class<O> optionsType, Function<O, PipelineResult> run) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(System.out, optionsType);
      System.exit(0);
    }
    PipelineOptionsFactory.register(optionsType);
    O options;
    try {
      options = PipelineOptionsFactory.fromArgs(OptionsFiles.expand(args)).withValidation().as(optionsType);
      // the job's name on Flink and Spark: MertonOptions → Merton
      options.as(ApplicationNameOptions.class).setAppName(optionsType.getSimpleName().replaceFirst("Options$", ""));
    } catch (IllegalArgumentException e) {
      System.err.println("quantbeam: " + e.getMessage());
      System.err.println("Run with --help to list the options.");
      System.exit(2);
      return;
    }
    try {
      run.apply(options);
    } catch (RuntimeException e) {
      IllegalArgumentException userError = findUserError(e);
      if (userError != null) {
        System.err.println("quantbeam: " + userError.getMessage());
        System.exit(2);
      }
      System.err.println("quantbeam: the run failed: " + rootMessage(e));
      e.printStackTrace(System.err);
      System.exit(1);
    }
    if (!insideSparkDriver()) {
      System.exit(0);
    }
  }

  /**
   * Whether spark-submit started this JVM (it sets {@code spark.master}). There a successful run
   * returns from {@code main} instead of exiting: in cluster deploy mode Spark reports a driver
   * that calls System.exit before {@code main} returns as failed.
   */
  private static boolean insideSparkDriver() {
    return System.getProperty("spark.master") != null;
  }

  /** Bad options and unreadable input surface as IllegalArgumentException, possibly wrapped by the runner. */
  private static IllegalArgumentException findUserError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException iae) {
        return iae;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }
}
