package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.options.OptionsFiles;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.MimeTypes;

/** Runs scenarios in this JVM, through each pipeline's real option parsing and {@code run}. */
final class ScenarioRuns {

  private static final Map<String, Path> DIRECT_REFERENCES = new HashMap<>();

  private ScenarioRuns() {}

  /**
   * Runs every step of {@code scenario} in order with its working folder {@code work} (a local
   * path or an s3:// prefix) and {@code runnerArgs} appended, e.g. a preset and its overrides.
   */
  static void run(Scenario scenario, String work, List<String> runnerArgs) {
    for (Step step : scenario.steps()) {
      if (step.isFixture()) {
        writeFixture(step, work, runnerArgs);
        continue;
      }
      List<String> args = new ArrayList<>(step.arguments(work));
      args.addAll(runnerArgs);
      PipelineResult result = step.entry().run(args.toArray(String[]::new));
      assertEquals(PipelineResult.State.DONE, result.waitUntilFinish(),
          scenario.name() + " / " + step.pipeline() + " with " + args + " did not finish");
    }
  }

  /** Writes a fixture step's lines, through Beam's file systems set up with the run's options (S3 included). */
  private static void writeFixture(Step step, String work, List<String> runnerArgs) {
    QuantbeamOptions options = PipelineOptionsFactory.fromArgs(OptionsFiles.expand(runnerArgs.toArray(String[]::new)))
        .withoutStrictParsing().as(QuantbeamOptions.class);
    Runners.tune(options);
    String path = step.arguments(work).get(0);
    try (WritableByteChannel channel = FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT)) {
      channel.write(ByteBuffer.wrap((String.join("\n", step.fixtureLines()) + "\n").getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fixture " + path, e);
    }
  }

  /**
   * The reference output of {@code scenario}: its run on the Direct runner with local files,
   * made once per test JVM and shared by every test that compares against it.
   */
  static synchronized Path directReference(Scenario scenario) {
    Path work = DIRECT_REFERENCES.get(scenario.name());
    if (work == null) {
      work = ItPaths.freshFolder("direct", scenario.name());
      run(scenario, work.toString(), List.of("--optionsFile=" + ItPaths.preset("direct")));
      ScenarioOutputs.assertNoTempFiles(work, "the Direct run of " + scenario.name());
      DIRECT_REFERENCES.put(scenario.name(), work);
    }
    return work;
  }
}
