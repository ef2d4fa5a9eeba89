package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.merton.MertonOptions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Cli} inside a JVM it does not own — here the test runner's, as in spark-submit's driver or
 * a Flink JobManager: it must report the outcome by returning or throwing, never by System.exit
 * (which would end this test JVM).
 */
class CliInHostTest {

  @Test
  void thisJvmIsAHostNotTheCommandsOwn() {
    assertFalse(Cli.ownsTheJvm(), System.getProperty("sun.java.command"));
  }

  @Test
  void aSuccessfulRunReturns() {
    AtomicReference<MertonOptions> seen = new AtomicReference<>();
    Cli.run(new String[] {"--method=naive"}, MertonOptions.class, options -> {
      seen.set(options);
      return null;
    });
    assertEquals("naive", seen.get().getMethod());
  }

  @Test
  void aBadOptionThrowsTheUserError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cli.run(new String[] {"--metod=naive"}, MertonOptions.class, options -> null));
    assertTrue(e.getMessage().contains("metod"), e.getMessage());
  }

  @Test
  void aFailedRunThrowsItsFailure() {
    IllegalStateException failure = new IllegalStateException("the runner lost its workers");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Cli.run(new String[0], MertonOptions.class, options -> {
          throw failure;
        }));
    assertSame(failure, e);
  }
}
