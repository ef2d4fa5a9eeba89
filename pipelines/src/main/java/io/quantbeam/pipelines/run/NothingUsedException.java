package io.quantbeam.pipelines.run;

/**
 * A run that read rows and rejected every one of them: it ran to the end and wrote its dead letters
 * and report, but computed nothing, so a scheduler must not take it for a success. {@link Cli} ends
 * it with exit code {@link #EXIT_CODE}.
 */
public final class NothingUsedException extends RuntimeException {

  /** The exit code of a run whose every input row was rejected. */
  public static final int EXIT_CODE = 3;

  NothingUsedException(String message) {
    super(message, null, false, false);
  }
}
