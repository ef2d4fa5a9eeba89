package io.quantbeam.pipelines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.merton.MertonOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** User-facing messages name options and files, never Java internals. */
class UserMessagesTest {

  private static String beamMessageFor(String... args) {
    PipelineOptionsFactory.register(MertonOptions.class);
    try {
      PipelineOptionsFactory.fromArgs(args).withValidation().as(MertonOptions.class);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("Beam accepted " + String.join(" ", args));
  }

  @Test
  void aMisspeltOptionIsNamedWithTheClosestOne() {
    String beam = beamMessageFor("--metod=naive");
    assertTrue(beam.contains("Class interface"), beam);
    assertEquals("unknown option --metod; did you mean --method?", UserMessages.clean(beam));
  }

  @Test
  void anUnknownOptionWithoutACloseOneIsNamed() {
    String clean = UserMessages.clean(beamMessageFor("--zzzzzzzzzzzz=1"));
    assertTrue(clean.startsWith("unknown option --zzzzzzzzzzzz"), clean);
    assertFalse(clean.contains("io.quantbeam") || clean.contains("interface"), clean);
  }

  @Test
  void classNamesHashesAndByteArraysAreRemoved() {
    assertEquals("cannot use MertonSettings as input: [] rejected",
        UserMessages.clean("cannot use io.quantbeam.pipelines.merton.MertonSettings@6d06d69c as input: [[B@1b6d3586] rejected"));
  }
}
