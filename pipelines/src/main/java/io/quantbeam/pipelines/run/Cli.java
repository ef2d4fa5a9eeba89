package io.quantbeam.pipelines.run;

import io.quantbeam.pipelines.options.OptionsFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Exit codes: 0 success, 2 bad options or input (the message names what is wrong), 3 every input
 * row was rejected (the run finished, wrote its dead letters and report, but computed nothing), 1 a
 * failure during the run. They apply when the JVM runs this command alone ({@code java -jar}, the
 * launcher). Inside a host that calls {@code main} itself (spark-submit's driver, a Flink
 * JobManager in application mode, {@code flink run}) a successful run returns and a failed one
 * throws, so the host reports the outcome: Spark in cluster mode, for one, marks a driver that
 * calls System.exit before {@code main} returns as failed.
 */
public final class Cli {

  private Cli() {}

  public static <O extends PipelineOptions> void run(String[] args, Class<O> optionsType, Function<O, PipelineResult> run) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(System.out, optionsType);
      end(0, null);
      return;
    }
    PipelineOptionsFactory.register(optionsType);
    O options;
    try {
      options = PipelineOptionsFactory.fromArgs(OptionsFiles.expand(args)).withValidation().as(optionsType);
      // the job's name on Flink and Spark: MertonOptions → Merton
      options.as(ApplicationNameOptions.class).setAppName(optionsType.getSimpleName().replaceFirst("Options$", ""));
    } catch (IllegalArgumentException e) {
      System.err.println("quantbeam: " + UserMessages.clean(e.getMessage()));
      System.err.println("Run with --help to list the options.");
      end(2, e);
      return;
    }
    try {
      run.apply(options);
    } catch (NothingUsedException e) {
      System.err.println("quantbeam: " + e.getMessage());
      end(NothingUsedException.EXIT_CODE, e);
      return;
    } catch (RuntimeException e) {
      IllegalArgumentException userError = findUserError(e);
      if (userError != null) {
        System.err.println("quantbeam: " + UserMessages.clean(userError.getMessage()));
        end(2, userError);
        return;
      }
      System.err.println("quantbeam: the run failed: " + rootMessage(e));
      e.printStackTrace(System.err);
      end(1, e);
      return;
    }
    end(0, null);
  }

  /** Exits with {@code code} when this JVM is the command's own; in a host, returns on success and throws on failure. */
  private static void end(int code, RuntimeException failure) {
    if (ownsTheJvm()) {
      System.exit(code);
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Whether this JVM was started to run quantbeam: its main class is one of ours, or it runs the
   * jar this class comes from ({@code java -jar quantbeam-…-flink.jar}). The JVM's command line is
   * HotSpot's {@code sun.java.command}; without it, assume so.
   */
  static boolean ownsTheJvm() {
    String command = System.getProperty("sun.java.command", "").trim();
    if (command.isEmpty()) {
      return true;
    }
    String main = command.split("\\s+")[0];
    if (main.startsWith("io.quantbeam.")) {
      return true;
    }
    return main.endsWith(".jar") && isThisClassesJar(Path.of(main));
  }

  private static boolean isThisClassesJar(Path jar) {
    try {
      Path ours = Path.of(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isSameFile(jar.toAbsolutePath(), ours);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return false;
    }
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
