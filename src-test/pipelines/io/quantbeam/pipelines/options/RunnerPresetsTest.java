package io.quantbeam.pipelines.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The runner presets of runner-configs/presets are valid options for the runner their name says. */
class RunnerPresetsTest {

  private static final Map<String, String> RUNNER_BY_PRESET = Map.of(
      "direct", "DirectRunner",
      "flink-local", "FlinkRunner",
      "flink-cluster", "FlinkRunner",
      "spark-local", "SparkRunner",
      "emr", "SparkRunner");

  private static Path presets() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("runner-configs/presets");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("runner-configs/presets not found above " + Path.of("").toAbsolutePath());
  }

  @Test
  void thereIsAPresetPerRunnerAndEnvironment() throws IOException {
    try (Stream<Path> files = Files.list(presets())) {
      List<String> names = files.map(p -> p.getFileName().toString().replaceFirst("\\.options$", "")).sorted().toList();
      assertEquals(RUNNER_BY_PRESET.keySet().stream().sorted().toList(), names);
    }
  }

  @Test
  void eachPresetParsesStrictlyAndSelectsItsRunner() {
    PipelineOptionsFactory.register(QuantbeamOptions.class);
    PipelineOptionsFactory.register(FlinkPipelineOptions.class);
    PipelineOptionsFactory.register(SparkPipelineOptions.class);
    RUNNER_BY_PRESET.forEach((preset, runner) -> {
      String[] args = OptionsFiles.expand(new String[] {"--optionsFile=" + presets().resolve(preset + ".options")});
      QuantbeamOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(QuantbeamOptions.class);
      assertEquals(runner, options.getRunner().getSimpleName(), preset);
    });
  }

  @Test
  void theEmrPresetLeavesTheSparkMasterToSparkSubmit() throws IOException {
    List<String> lines = Files.readAllLines(presets().resolve("emr.options"));
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("--sparkMaster")),
        "on EMR Beam must take spark-submit's master, not its own default");
  }
}
