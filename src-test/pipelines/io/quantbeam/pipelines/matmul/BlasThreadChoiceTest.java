package io.quantbeam.pipelines.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class BlasThreadChoiceTest {

  private static final PipelineOptions DIRECT = PipelineOptionsFactory.create();

  @Test
  void oneThreadPerTaskWhenTasksRunInParallel() {
    BlasThreadChoice choice = BlasThreadChoice.of(0, null, 2, 2, DIRECT);
    assertEquals(1, choice.threads());
    assertTrue(choice.reason().startsWith("1 per block product: DirectRunner runs 2 tasks at once on 2 cores"),
        choice.reason());
  }

  @Test
  void blasKeepsItsDefaultWhenTasksRunOneAtATime() {
    assertEquals(0, BlasThreadChoice.of(0, null, 1, 8, DIRECT).threads());
  }

  @Test
  void theEnvironmentWinsOverTheDefaultAndTheOptionOverBoth() {
    BlasThreadChoice environment = BlasThreadChoice.of(0, "3", 2, 2, DIRECT);
    assertEquals(0, environment.threads(), "OpenBLAS read the variable when it loaded: leave it");
    assertEquals("OPENBLAS_NUM_THREADS=3 from the environment", environment.reason());
    assertEquals(4, BlasThreadChoice.of(4, "3", 2, 2, DIRECT).threads());
  }

  @Test
  void aNegativeOptionIsAUserError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BlasThreadChoice.of(-1, null, 2, 2, DIRECT));
    assertTrue(e.getMessage().contains("--blasThreads"), e.getMessage());
  }
}
